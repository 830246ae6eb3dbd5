namespace ChatAssistant.Features.Reminders;

/// <summary>What a reminder job carries in its job data (as strings): which appointment, which rule, when it was due.</summary>
/// <param name="DueAt">The rule's time for the appointment's start at booking; the job compares it with the start now.</param>
/// <param name="Attempt">1 for the first firing; counted up by the triggers that try again.</param>
/// <param name="OutsideWindow">Zalo refused the OA message: the reminder goes as if the 7-day window had closed.</param>
public sealed record ReminderJobData(long AppointmentId, string OaId, ReminderRule Rule, DateTimeOffset DueAt, int Attempt = 1, bool OutsideWindow = false)
{
    /// <summary>The Quartz job's name in the appointment's group: the rule's, or a second job for the ZNS fallback.</summary>
    public string JobName => OutsideWindow ? Rule.Name + "-outside-window" : Rule.Name;

    /// <summary>Jobs of one appointment share a group, so cancelling removes them all, retries included.</summary>
    public static string GroupOf(long appointmentId) => FormattableString.Invariant($"appointment-{appointmentId}");

    /// <summary>Zalo's <c>tracking_id</c> for the ZNS message: at most 48 characters, the same for every attempt.</summary>
    public string TrackingId => FormattableString.Invariant($"reminder-{AppointmentId}-{Rule.Name}");

    /// <summary>The outbox's idempotency source: a reminder that runs twice (a crash between send and record) is sent once.</summary>
    public string OutboxSource => FormattableString.Invariant($"reminder:{AppointmentId}:{Rule.Name}");
}
