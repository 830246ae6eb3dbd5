using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Broadcasts;

public static class BroadcastsRegistration
{
    /// <summary>
    /// Broadcast notices: the officers' desk, the report, the sender that feeds the outbox, and the Quartz jobs of
    /// scheduled notices. Those jobs run on the scheduler and store that <c>AddReminders</c> sets up.
    /// </summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services)
    {
        services.AddOptions<BroadcastOptions>().BindConfiguration(BroadcastOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BroadcastOptions>, BroadcastOptionsValidator>();
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<BroadcastAudience>();
        services.AddSingleton<BroadcastDelivery>();
        services.AddSingleton<BroadcastSchedule>();
        services.AddSingleton<BroadcastDesk>();
        services.AddSingleton<BroadcastReports>();
        services.AddSingleton<BroadcastSender>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastSender>());
        return services;
    }
}
