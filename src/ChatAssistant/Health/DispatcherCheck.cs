using ChatAssistant.Messaging.Dispatch;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.Health;

/// <summary>The inbox dispatcher runs: without it no turn runs and no resident is answered.</summary>
public sealed class DispatcherCheck(InboxDispatcher dispatcher) : IHealthCheck
{
    public const string Name = "dispatcher";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(dispatcher.IsRunning ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("inbox dispatcher not running"));
}
