using ChatAssistant.Webhooks;

namespace ChatAssistant.Tests.Webhooks;

public sealed class WebhookOptionsValidatorTests
{
    private static IEnumerable<string> Problems(WebhookOptions options) =>
        new WebhookOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void TheDefaultsAreValid() => Assert.Empty(Problems(new WebhookOptions()));

    [Fact]
    public void ADedupWindowShorterThanTheFreshnessWindowIsRefused()
    {
        var problems = Problems(new WebhookOptions { MaxEventAge = TimeSpan.FromHours(1), DedupWindow = TimeSpan.FromMinutes(30) });

        Assert.Contains(problems, p => p.StartsWith("Webhooks:DedupWindow (00:30:00) must be at least Webhooks:MaxEventAge + Webhooks:MaxClockSkew (01:05:00)", StringComparison.Ordinal));
    }

    [Fact]
    public void TheClockSkewCountsToo()
    {
        // Fresh from five minutes before its timestamp to an hour after it: a key kept exactly an hour is five minutes short.
        Assert.NotEmpty(Problems(new WebhookOptions { MaxEventAge = TimeSpan.FromHours(1), DedupWindow = TimeSpan.FromHours(1) }));
        Assert.Empty(Problems(new WebhookOptions { MaxEventAge = TimeSpan.FromHours(1), DedupWindow = TimeSpan.FromMinutes(65) }));
    }

    [Fact]
    public void AnAgeThatIsNotPositiveAndANegativeSkewAreRefused()
    {
        var problems = Problems(new WebhookOptions { MaxEventAge = TimeSpan.Zero, MaxClockSkew = TimeSpan.FromMinutes(-1) }).ToList();

        Assert.Contains("Webhooks:MaxEventAge must be positive.", problems);
        Assert.Contains("Webhooks:MaxClockSkew must not be negative.", problems);
    }
}
