namespace ChatAssistant.Messaging.Outbox;

/// <summary>Values of <c>outbox_messages.status</c>.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    /// <summary>Handed to the channel; a row still here after a restart was in flight at a crash.</summary>
    public const string Sending = "sending";
    public const string Sent = "sent";
    /// <summary>Recorded as undeliverable, with the channel's code and message.</summary>
    public const string Failed = "failed";
}
