using System.Globalization;
using ChatAssistant.Metrics;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ChatAssistant.Features.Reminders;

/// <summary>One reminder of one appointment, kept in the Quartz store until it fires.</summary>
/// <remarks>
/// Its trigger misfires "fire now": a reminder missed while the service was down runs at start-up, and
/// <see cref="ReminderDecider"/> sends it late or drops it depending on whether the appointment has begun.
/// </remarks>
[DisallowConcurrentExecution]
public sealed partial class AppointmentReminderJob(ReminderSender sender, TimeProvider clock, ServiceMetrics metrics, ILogger<AppointmentReminderJob> logger) : IJob
{
    public const string AppointmentIdKey = "appointmentId";
    public const string OaIdKey = "oaId";
    public const string RuleKey = "rule";

    /// <summary>The rule's time for the appointment's start at booking (round-trip format, UTC).</summary>
    public const string DueAtKey = "dueAt";

    /// <summary>"true" on the job that sends by ZNS after Zalo refused the OA message.</summary>
    public const string OutsideWindowKey = "outsideWindow";

    /// <summary>On the triggers that try again (a failed ZNS send, a run that broke): which attempt this is.</summary>
    public const string AttemptKey = "attempt";

    /// <summary>A reminder whose run broke (the database was unavailable) is tried again this often, then given up.</summary>
    private const int MaxBrokenRuns = 3;
    private static readonly TimeSpan BrokenRunRetry = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        metrics.ReminderFired(context.FireTimeUtc - context.Trigger.StartTimeUtc);
        if (Read(context.MergedJobDataMap) is not { } job)
        {
            LogUnreadable(logger, context.JobDetail.Key.ToString());
            return;
        }
        ReminderFollowUp? followUp;
        try
        {
            followUp = await sender.SendAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBroken(logger, ex, job.AppointmentId, job.Rule.Name, job.Attempt);
            followUp = job.Attempt < MaxBrokenRuns ? new ReminderFollowUp(clock.GetUtcNow() + BrokenRunRetry, job.Attempt + 1) : null;
        }
        if (followUp is not null)
        {
            await context.Scheduler.ScheduleJob(ReminderJobs.FollowUp(context.JobDetail.Key, job, followUp, clock), default, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public static ReminderJobData? Read(JobDataMap data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Text(data, AppointmentIdKey) is { } id && long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var appointmentId)
            && Text(data, OaIdKey) is { Length: > 0 } oaId
            && Text(data, RuleKey) is { } ruleName && ReminderRule.Parse(ruleName) is { } rule
            && Text(data, DueAtKey) is { } due
            && DateTimeOffset.TryParse(due, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dueAt)
                ? new ReminderJobData(appointmentId, oaId, rule, dueAt,
                    Text(data, AttemptKey) is { } a && int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempt) ? attempt : 1,
                    Text(data, OutsideWindowKey) == "true")
                : null;
    }

    private static string? Text(JobDataMap data, string key) => data.TryGetValue(key, out var value) ? value?.ToString() : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder job {JobKey} has unreadable job data; dropped")]
    private static partial void LogUnreadable(ILogger logger, string jobKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder {Rule} of appointment {AppointmentId} broke on run {Attempt}")]
    private static partial void LogBroken(ILogger logger, Exception exception, long appointmentId, string rule, int attempt);
}
