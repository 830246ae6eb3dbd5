namespace ChatAssistant.Features.Reminders;

/// <summary>The recorded outcome of a reminder; stored lower case.</summary>
public enum ReminderStatus
{
    /// <summary>Zalo accepted it (ZNS).</summary>
    Sent,

    /// <summary>Handed on: to the outbox (OA), or waiting for a later ZNS attempt.</summary>
    Queued,

    Undeliverable,
    Dropped,
    Skipped,
}
