using ChatAssistant.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Metrics;

public static class MetricsRegistration
{
    /// <summary>The service's meter and its instruments; exporting them is the host's business.</summary>
    public static IServiceCollection AddServiceMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<OutboxBacklog>();
        services.AddSingleton<ServiceMetrics>();
        return services;
    }
}
