using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Metrics;

public static class MetricsRegistration
{
    /// <summary>The service's meter and its instruments; exporting them is the host's business.</summary>
    public static IServiceCollection AddServiceMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<ServiceMetrics>();
        return services;
    }
}
