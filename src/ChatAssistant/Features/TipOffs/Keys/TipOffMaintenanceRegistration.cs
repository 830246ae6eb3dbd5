using ChatAssistant.Features.TipOffs.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.TipOffs.Keys;

public static class TipOffMaintenanceRegistration
{
    /// <summary>The tip-offs' own keys (the receipt tag key <see cref="ReceiptHasher"/> needs), their re-sealing after rotation, and retention.</summary>
    public static IServiceCollection AddTipOffMaintenance(this IServiceCollection services)
    {
        services.AddSingleton<ReceiptTagKey>();
        services.AddSingleton<TipOffRekeying>();
        services.AddHostedService(provider => provider.GetRequiredService<TipOffRekeying>());
        services.AddSingleton<TipOffRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<TipOffRetention>());
        return services;
    }
}
