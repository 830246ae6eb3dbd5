using ChatAssistant.Features.Reminders;

namespace ChatAssistant.Host.Reminders;

/// <summary>A reminder that reached nobody, as officers see it: which appointment, when, and why.</summary>
public sealed record UndeliverableReminder(
    long AppointmentId,
    string? AppointmentCode,
    DateTimeOffset? AppointmentStart,
    string Rule,
    string Channel,
    string Reason,
    DateTimeOffset DueAt,
    DateTimeOffset RecordedAt)
{
    public static UndeliverableReminder From(ReminderDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new(delivery.AppointmentId, delivery.AppointmentCode, delivery.AppointmentStart, delivery.Rule,
            delivery.Channel.ToString().ToLowerInvariant(), delivery.Reason, delivery.DueAt, delivery.DoneAt);
    }
}
