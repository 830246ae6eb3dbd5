using System.Globalization;
using ChatAssistant.Features.Booking;
using ChatAssistant.Messaging.Outbox;

namespace ChatAssistant.Features.Reminders;

/// <summary>
/// A reminder queued as an OA message that Zalo then refused for good (-230: the resident's 7-day window closed
/// earlier than our record says, or the resident unfollowed) is not lost: it goes again by ZNS, or is listed for officers.
/// </summary>
public sealed class ReminderWindowFallback(AppointmentReminders reminders, IAppointments appointments) : IOutboxFailures
{
    private const string SourcePrefix = "reminder:";

    public async Task OutgoingFailedAsync(OutboxMessage message, int? errorCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Parse(message) is not (var appointmentId, var rule) || appointments.Find(appointmentId) is not { } appointment)
        {
            return;
        }
        var job = new ReminderJobData(appointmentId, message.OaId, rule, rule.DueAt(appointment.Start));
        await reminders.SendOutsideWindowAsync(job, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The appointment and rule of a reminder's outbox key (<c>reminder:{id}:{rule}:{part}</c>); null for other messages.</summary>
    private static (long AppointmentId, ReminderRule Rule)? Parse(OutboxMessage message)
    {
        if (!message.IdempotencyKey.StartsWith(SourcePrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var parts = message.IdempotencyKey.Split(':');
        return parts.Length >= 3
            && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            && ReminderRule.Parse(parts[2]) is { } rule
            // Only the first part: a reminder split into several messages falls back once.
            && (parts.Length < 4 || parts[3] == "0.0")
                ? (id, rule)
                : null;
    }
}
