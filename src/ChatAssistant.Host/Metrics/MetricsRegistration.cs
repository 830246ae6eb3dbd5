using ChatAssistant.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using IPNetwork = System.Net.IPNetwork;

namespace ChatAssistant.Host.Metrics;

public static class MetricsRegistration
{
    public const string Path = "/metrics";

    /// <summary>
    /// Exports the service's meter in Prometheus' format when <c>Metrics:Enabled</c> is on; otherwise nothing listens to
    /// the meter and measuring costs next to nothing.
    /// </summary>
    public static IServiceCollection AddMetricsExport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>()
            .BindConfiguration(MetricsOptions.SectionName)
            .Validate(o => o.AllowedNetworks.All(n => IPNetwork.TryParse(n, out _)),
                "Metrics:AllowedNetworks must list networks with their prefix length (e.g. 10.0.0.0/24, or 10.0.0.5/32 for one address).")
            .Validate(o => string.IsNullOrEmpty(o.Token) || o.Token.Length >= 24,
                "Metrics:Token must be at least 24 characters (openssl rand -base64 24).")
            .ValidateOnStart();
        // Read here, not through the options: whether to listen at all is decided before the container is built.
        if (configuration.GetValue<bool>($"{MetricsOptions.SectionName}:{nameof(MetricsOptions.Enabled)}"))
        {
            services.AddSingleton<MetricsAccess>();
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(ServiceMetrics.MeterName))
                .WithMetrics(metrics => metrics
                .AddMeter(ServiceMetrics.MeterName)
                .AddPrometheusExporter());
        }
        return services;
    }

    /// <summary>Maps <c>/metrics</c> behind <see cref="MetricsAccess"/>, only when metrics are enabled.</summary>
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            var access = app.ServiceProvider.GetRequiredService<MetricsAccess>();
            app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: pipeline => pipeline.Use(access.InvokeAsync), optionsName: null);
        }
        return app;
    }
}
