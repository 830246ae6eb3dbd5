using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.Host.Health;

/// <summary>
/// The body of <c>/healthz</c>: the overall status, every check with its status, and the reasons of those not healthy
/// in plain words, also gathered under <c>problems</c>.
/// </summary>
public static class HealthReportJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var checks = report.Entries
            .Select(e => new HealthCheckLine(e.Key, Word(e.Value.Status), e.Value.Status == HealthStatus.Healthy ? null : Reason(e.Value)))
            .ToList();
        var body = new HealthBody(Word(report.Status), [.. checks.Where(c => c.Reason is not null).Select(c => $"{c.Name}: {c.Reason}")], checks);
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    // A check that threw has no description of its own; its exception's message says what broke.
    private static string Reason(HealthReportEntry entry) =>
        entry.Description ?? entry.Exception?.Message ?? "no reason given";

    private sealed record HealthBody(string Status, IReadOnlyList<string> Problems, IReadOnlyList<HealthCheckLine> Checks);

    private sealed record HealthCheckLine(
        string Name, string Status, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);
}
