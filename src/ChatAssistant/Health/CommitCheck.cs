using System.Globalization;
using ChatAssistant.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Health;

/// <summary>
/// The database writer runs and its commits go through. Failing now (no commit since the last failure) is unhealthy:
/// webhooks cannot be stored, nothing is answered. A failure within <see cref="HealthOptions.CommitFailureWindow"/> with
/// commits succeeding since is degraded: a full disk fails the writes that need a new page and lets others through, so
/// the two alternate while it lasts, and a lock that came once may come back.
/// </summary>
public sealed class CommitCheck(SqliteWriter writer, IOptions<HealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public const string Name = "commits";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!writer.IsRunning)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("database writer stopped"));
        }
        var commits = writer.Commits;
        if (commits.LastFailureAt is not { } failedAt)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        if (commits.IsFailing)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                $"database commits failing: {commits.LastFailure}; the last failure at {Time(failedAt)}, no commit succeeded since"));
        }
        if (clock.GetUtcNow() - failedAt < options.Value.CommitFailureWindow)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"a database commit failed at {Time(failedAt)}: {commits.LastFailure}; commits have succeeded since, the last at {Time(commits.LastSuccessAt!.Value)}"));
        }
        return Task.FromResult(HealthCheckResult.Healthy());
    }

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
