using ChatAssistant.Features.TipOffs.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.TipOffs.Keys;

public static class TipOffMaintenanceRegistration
{
    /// <summary>Re-sealing after a key rotation, and retention.</summary>
    public static IServiceCollection AddTipOffMaintenance(this IServiceCollection services)
    {
        services.AddSingleton<TipOffRekeying>();
        services.AddHostedService(provider => provider.GetRequiredService<TipOffRekeying>());
        services.AddSingleton<TipOffRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<TipOffRetention>());
        return services;
    }
}
