namespace ChatAssistant.Features.Reminders;

/// <summary>What becomes of a reminder when it fires.</summary>
public enum ReminderAction
{
    /// <summary>An OA message through the outbox: the resident wrote within the 7-day window.</summary>
    SendOa,

    /// <summary>A ZNS template message to the resident's phone.</summary>
    SendZns,

    /// <summary>A ZNS message, later: now is in Zalo's quiet hours (or Zalo asked to wait) and the appointment is still ahead.</summary>
    SendZnsLater,

    /// <summary>No channel reaches the resident: listed for officers.</summary>
    Undeliverable,

    /// <summary>The reminder came too late (the service was down until the appointment began): not sent, recorded.</summary>
    Dropped,

    /// <summary>The appointment was cancelled, closed or moved since the reminder was scheduled.</summary>
    Skipped,
}
