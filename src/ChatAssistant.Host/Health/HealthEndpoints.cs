using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.Host.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c> runs the service's health checks: 200 when all are healthy, 503 otherwise. Degraded answers 503
    /// too (residents are answered late or not at all by one account), so a monitor that reads only the status sees it;
    /// the body's <c>status</c> tells degraded from unhealthy.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = HealthReportJson.WriteAsync,
        });
        return app;
    }
}
