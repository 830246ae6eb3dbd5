using System.Globalization;
using Quartz;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>A Quartz job per scheduled notice, on the scheduler and store that reminders set up.</summary>
public sealed class BroadcastSchedule(ISchedulerFactory schedulers, TimeProvider clock)
{
    private const string Group = "broadcasts";

    public static JobKey KeyOf(long broadcastId) => new(broadcastId.ToString(CultureInfo.InvariantCulture), Group);

    public async Task ScheduleAsync(long broadcastId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var job = JobBuilder.Create<BroadcastStartJob>()
            .WithIdentity(KeyOf(broadcastId))
            .UsingJobData(BroadcastStartJob.BroadcastIdKey, broadcastId.ToString(CultureInfo.InvariantCulture))
            // A start cut short by a crash runs again; starting is one transaction that checks the status first.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(KeyOf(broadcastId).Name, Group)
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [job] = [trigger] }, ScheduleJobOptions.Replacing, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task UnscheduleAsync(long broadcastId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(KeyOf(broadcastId), cancellationToken).ConfigureAwait(false);
    }
}
