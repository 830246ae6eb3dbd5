using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Health;

/// <summary>What /healthz reports: 200 while everything runs, and the parts that stopped otherwise (the 503's reasons).</summary>
public sealed class HealthTests : ZaloHostTest
{
    [Fact]
    public async Task StoppedBackgroundLoopsAreReportedAsProblems()
    {
        var health = Service.Services.GetRequiredService<ServiceHealth>();
        Assert.Empty(health.Problems());

        await Service.StopAsync();

        var problems = health.Problems();
        Assert.Contains("inbox dispatcher not running", problems);
        Assert.Contains("outbox sender not running", problems);
    }
}
