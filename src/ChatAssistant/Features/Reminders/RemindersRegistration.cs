using ChatAssistant.Messaging.Outbox;
using System.Globalization;
using ChatAssistant.Content;
using ChatAssistant.Features.Booking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace ChatAssistant.Features.Reminders;

public static class RemindersRegistration
{
    /// <summary>
    /// Appointment reminders: Quartz on a SQLite store of its own (created when missing), following the service's
    /// <see cref="TimeProvider"/>; what booking calls (<see cref="IAppointmentReminders"/>); the record officers read.
    /// Needs an <see cref="IAppointments"/> from booking.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. ReminderTexts.All]));
        services.AddSingleton<ReminderDecider>();
        services.AddSingleton<ReminderMessage>();
        services.AddSingleton<ReminderDeliveries>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<AppointmentReminders>();
        services.AddSingleton<IAppointmentReminders>(sp => sp.GetRequiredService<AppointmentReminders>());
        services.AddSingleton<IOutboxFailures, ReminderWindowFallback>();

        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite(source => source.DataSourceFactory = ReminderStore.Open);
                store.UseSystemTextJsonSerializer(_ => { });
                store.ProvisionSchema();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
            });
        });
        // Read from the feature's options at start-up rather than at registration, so tests and operators set them in one place.
        services.AddOptions<QuartzOptions>().Configure<IOptions<ReminderOptions>>((quartz, reminders) =>
        {
            var threads = reminders.Value.MaxConcurrentReminders.ToString(CultureInfo.InvariantCulture);
            quartz.Properties["quartz.threadPool.maxConcurrency"] = threads;
            quartz.Properties["quartz.scheduler.batchTriggerAcquisitionMaxCount"] = threads;
            quartz.Properties["quartz.jobStore.misfireThreshold"] =
                ((long)reminders.Value.MisfireThreshold.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
