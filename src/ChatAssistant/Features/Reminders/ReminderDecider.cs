using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Reminders;

/// <summary>
/// Every choice a reminder makes, as a function of the facts and the time: which rules to schedule, whether a late
/// reminder still goes out, which channel, the ZNS quiet hours, retries. No I/O, so tests drive it with a manual clock.
/// </summary>
public sealed class ReminderDecider(IOptions<ReminderOptions> options)
{
    /// <summary>The reminders to schedule for an appointment: one per rule whose time is still ahead.</summary>
    public IReadOnlyList<(ReminderRule Rule, DateTimeOffset DueAt)> Schedule(Appointment appointment, DateTimeOffset now)
    {
        if (appointment.Status != AppointmentStatus.Active)
        {
            return [];
        }
        return [.. options.Value.EffectiveRules
            .Select(rule => (Rule: rule, DueAt: rule.DueAt(appointment.Start)))
            .Where(r => r.DueAt > now && r.DueAt < appointment.Start)
            .OrderBy(r => r.DueAt)];
    }

    public ReminderDecision Decide(ReminderFacts facts, DateTimeOffset now)
    {
        var settings = options.Value;
        if (facts.Appointment is not { } appointment)
        {
            return new(ReminderAction.Skipped, "the appointment no longer exists");
        }
        if (appointment.Status != AppointmentStatus.Active)
        {
            return new(ReminderAction.Skipped, $"the appointment is {appointment.Status.ToString().ToLowerInvariant()}");
        }
        if (facts.Rule.DueAt(appointment.Start) != facts.DueAt)
        {
            // A reschedule whose cancel did not reach this job: the new time has reminders of its own.
            return new(ReminderAction.Skipped, "the appointment was moved");
        }
        if (now >= appointment.Start)
        {
            return new(ReminderAction.Dropped, "the service was down until the appointment had begun");
        }
        if (appointment.UserId is not null && facts.Following != false
            && facts.LastInteractionAt is { } last && now - last < settings.InteractionWindow)
        {
            return new(ReminderAction.SendOa, "the resident wrote within the 7-day window");
        }
        var why = appointment.UserId is null ? "booked without a Zalo account" : "no message from the resident within the 7-day window";
        if (PhoneRecognizer.Normalize(appointment.Phone) is null)
        {
            return new(ReminderAction.Undeliverable, $"{why}, and no phone number");
        }
        if (!settings.UsesZns)
        {
            return new(ReminderAction.Undeliverable, $"{why}, and no ZNS template is configured");
        }
        return QuietHoursEnd(now) is { } end
            ? ZnsLater(end, appointment, $"{why}; ZNS waits for the end of the quiet hours")
            : new(ReminderAction.SendZns, why);
    }

    /// <summary>
    /// After a ZNS attempt failed for a passing reason: try again later (Zalo's own time when it named one, else the
    /// back-off), unless the attempts are used up or the retry would come after the appointment began.
    /// </summary>
    public ReminderDecision AfterZnsFailure(Appointment appointment, int attempt, DateTimeOffset? notBefore, DateTimeOffset now, string error)
    {
        var settings = options.Value;
        if (attempt >= settings.ZnsAttempts)
        {
            return new(ReminderAction.Undeliverable, $"ZNS failed {attempt} times: {error}");
        }
        var backoff = settings.ZnsRetryDelay * Math.Pow(2, attempt - 1);
        var at = notBefore is { } zalo && zalo > now ? zalo : now + backoff;
        if (QuietHoursEnd(at) is { } end)
        {
            at = end;
        }
        return ZnsLater(at, appointment, $"ZNS attempt {attempt} failed: {error}");
    }

    /// <summary>The end of the quiet hours when <paramref name="instant"/> falls in them; otherwise null.</summary>
    public DateTimeOffset? QuietHoursEnd(DateTimeOffset instant)
    {
        var settings = options.Value;
        var local = VietnamTime.ToLocal(instant);
        if (!settings.IsZnsQuietAt(local.TimeOfDay))
        {
            return null;
        }
        var end = VietnamTime.At(local.Date + settings.ZnsQuietHoursEnd);
        return end > instant ? end : VietnamTime.At(local.Date.AddDays(1) + settings.ZnsQuietHoursEnd);
    }

    private static ReminderDecision ZnsLater(DateTimeOffset at, Appointment appointment, string reason) =>
        at < appointment.Start
            ? new(ReminderAction.SendZnsLater, reason, at.ToUniversalTime())
            : new(ReminderAction.Undeliverable, $"{reason}, which is after the appointment begins");
}
