using System.Globalization;
using Quartz;

namespace ChatAssistant.Features.Reminders;

/// <summary>Builds the Quartz job and triggers of a reminder: one job per appointment and rule, in the appointment's group.</summary>
internal static class ReminderJobs
{
    public static IJobDetail Job(ReminderJobData data) =>
        JobBuilder.Create<AppointmentReminderJob>()
            .WithIdentity(data.JobName, ReminderJobData.GroupOf(data.AppointmentId))
            .UsingJobData(AppointmentReminderJob.AppointmentIdKey, data.AppointmentId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(AppointmentReminderJob.OaIdKey, data.OaId)
            .UsingJobData(AppointmentReminderJob.RuleKey, data.Rule.Name)
            .UsingJobData(AppointmentReminderJob.DueAtKey, data.DueAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
            .UsingJobData(AppointmentReminderJob.OutsideWindowKey, data.OutsideWindow ? "true" : "false")
            // A run cut short by a crash is run again at start-up; the outbox key keeps an OA reminder from going twice.
            .RequestRecovery()
            .Build();

    public static ITrigger Trigger(ReminderJobData data, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(data.JobName, ReminderJobData.GroupOf(data.AppointmentId))
            // The fallback is due now: the OA message it replaces was due already.
            .StartAt(data.OutsideWindow ? clock.GetUtcNow() : data.DueAt)
            .WithSchedule(FireNowWhenMissed())
            .Build();

    public static ITrigger FollowUp(JobKey job, ReminderJobData data, ReminderFollowUp followUp, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(
                string.Create(CultureInfo.InvariantCulture, $"{data.Rule.Name}-{followUp.Attempt}-{followUp.At.ToUnixTimeSeconds()}"),
                job.Group)
            .ForJob(job)
            .UsingJobData(AppointmentReminderJob.AttemptKey, followUp.Attempt.ToString(CultureInfo.InvariantCulture))
            .StartAt(followUp.At)
            .WithSchedule(FireNowWhenMissed())
            .Build();

    private static SimpleScheduleBuilder FireNowWhenMissed() =>
        SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow);
}
