namespace ChatAssistant.Health;

/// <summary>The <c>Health</c> section: when <c>/healthz</c> stops answering 200.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>A message still unsent this long after it was written makes the service degraded: residents wait for replies.</summary>
    /// <remarks>Longer than a message's own retries take (eight attempts from two seconds, doubling, about eight minutes).</remarks>
    public TimeSpan MaxOutboxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed token refreshes in a row, for one account, that make the service degraded.</summary>
    public int MaxTokenRefreshFailures { get; set; } = 3;

    /// <summary>After a commit failed, how long the service stays degraded while other commits succeed.</summary>
    public TimeSpan CommitFailureWindow { get; set; } = TimeSpan.FromMinutes(5);
}
