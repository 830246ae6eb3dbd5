using System.Globalization;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Health;

/// <summary>
/// The outbox sender runs (unhealthy when not: nothing goes out), and nothing has waited in the outbox longer than
/// <see cref="HealthOptions.MaxOutboxAge"/> (degraded: the service answers, but residents get their replies late).
/// </summary>
public sealed class OutboxCheck(
    OutboxSender sender, OutboxBacklog backlog, DatabaseInitializer database, IOptions<HealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public const string Name = "outbox";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!sender.IsRunning)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("outbox sender not running"));
        }
        if (!database.IsReady)
        {
            // The database check says so; there is no outbox to read yet.
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        var waiting = backlog.Read();
        var limit = options.Value.MaxOutboxAge;
        var age = waiting.OldestCreatedAt is { } oldest ? clock.GetUtcNow() - oldest : TimeSpan.Zero;
        if (age > limit)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"the oldest unsent message has waited {Span(age)} (more than {Span(limit)}); {waiting.Count} messages wait to be sent"));
        }
        return Task.FromResult(HealthCheckResult.Healthy());
    }

    private static string Span(TimeSpan span) =>
        TimeSpan.FromSeconds(Math.Floor(span.TotalSeconds)).ToString("c", CultureInfo.InvariantCulture);
}
