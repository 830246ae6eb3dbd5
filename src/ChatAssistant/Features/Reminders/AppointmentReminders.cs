using ChatAssistant.Features.Booking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace ChatAssistant.Features.Reminders;

/// <summary>Booking's side of reminders: one Quartz job per rule still ahead, replaced on reschedule, deleted on cancel.</summary>
/// <remarks>
/// Jobs are addressed by key (appointment group, rule name): a booking is then one Quartz transaction, with no
/// lookup of what the group holds. A job of a rule since removed from the configuration is not found that way, and
/// says nothing wrong when it fires: it re-reads the appointment.
/// </remarks>
public sealed partial class AppointmentReminders(
    ISchedulerFactory schedulers, ReminderDecider decider, IOptions<ReminderOptions> options, TimeProvider clock,
    ILogger<AppointmentReminders> logger) : IAppointmentReminders
{
    public async Task ScheduleAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var due = decider.Schedule(appointment, clock.GetUtcNow());
        // Rules whose time has passed for the new start may still hold a job from an earlier start; the others are replaced.
        var passed = KeysOf(appointment.Id).Where(key => due.All(d => d.Rule.Name != key.Name)).ToList();
        if (passed.Count > 0)
        {
            await scheduler.DeleteJobs(passed, cancellationToken).ConfigureAwait(false);
        }
        if (due.Count == 0)
        {
            LogNothingAhead(logger, appointment.Id);
            return;
        }
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var (rule, dueAt) in due)
        {
            var data = new ReminderJobData(appointment.Id, appointment.OaId, rule, dueAt);
            jobs[ReminderJobs.Job(data)] = [ReminderJobs.Trigger(data, clock)];
        }
        await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        LogScheduled(logger, appointment.Id, due.Count);
    }

    public async Task CancelAsync(long appointmentId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var deleted = await scheduler.DeleteJobs(KeysOf(appointmentId), cancellationToken).ConfigureAwait(false);
        LogCancelled(logger, appointmentId, deleted.Count);
    }

    private List<JobKey> KeysOf(long appointmentId)
    {
        var group = ReminderJobData.GroupOf(appointmentId);
        return
        [
            .. options.Value.EffectiveRules.SelectMany(rule => new[] { rule.Name, new ReminderJobData(appointmentId, "", rule, default, OutsideWindow: true).JobName })
                .Select(name => new JobKey(name, group)),
        ];
    }

    /// <summary>Sends a reminder again, now, as if the 7-day window had closed: Zalo refused its OA message.</summary>
    public async Task SendOutsideWindowAsync(ReminderJobData job, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var fallback = job with { Attempt = 1, OutsideWindow = true };
        await scheduler.ScheduleJobs(
            new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [ReminderJobs.Job(fallback)] = [ReminderJobs.Trigger(fallback, clock)] },
            ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next fire times of an appointment's reminders still waiting, earliest first.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> PendingAsync(long appointmentId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var triggers = await scheduler.QueryTriggers(
            new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(ReminderJobData.GroupOf(appointmentId)) }, cancellationToken)
            .ConfigureAwait(false);
        return [.. triggers.Items.Where(t => t.NextFireTimeUtc is not null).Select(t => t.NextFireTimeUtc!.Value).Order()];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Count} reminder(s) for appointment {AppointmentId}")]
    private static partial void LogScheduled(ILogger logger, long appointmentId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No reminder time is still ahead for appointment {AppointmentId}")]
    private static partial void LogNothingAhead(ILogger logger, long appointmentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled {Count} reminder(s) of appointment {AppointmentId}")]
    private static partial void LogCancelled(ILogger logger, long appointmentId, int count);
}
