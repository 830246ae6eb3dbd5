using ChatAssistant.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Health;

/// <summary>
/// No account's token refresh keeps failing (<see cref="HealthOptions.MaxTokenRefreshFailures"/> in a row). Degraded, not
/// unhealthy: the other accounts are answered, but this one's residents will not be once its token expires.
/// </summary>
public sealed class TokenRefreshCheck(AccessTokens tokens, IOptions<HealthOptions> options) : IHealthCheck
{
    public const string Name = "tokens";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxTokenRefreshFailures;
        var failing = tokens.FailingRefreshes
            .Where(a => a.Value.InARow >= limit)
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"the token of account {a.Key} failed to refresh {a.Value.InARow} times in a row, last at {CommitCheck.Time(a.Value.LastAt)}: {a.Value.Error}")
            .ToList();
        return Task.FromResult(failing.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded(string.Join("; ", failing)));
    }
}
