using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.IntegrationTests.Health;

/// <summary>What /healthz reports: 200 while everything runs, and the parts that stopped otherwise (the 503's reasons).</summary>
public sealed class HealthTests : ZaloHostTest
{
    [Fact]
    public async Task EveryCheckIsHealthyAndAnswered200WhileTheServiceRuns()
    {
        var answer = await HealthAnswer.GetAsync(Service);

        Assert.Equal(HttpStatusCode.OK, answer.Code);
        Assert.Equal("healthy", answer.Status);
        Assert.Equal(["commits", "database", "dispatcher", "outbox", "tokens"], answer.Checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(answer.Checks.Values, c => Assert.Equal(("healthy", null), c));
    }

    [Fact]
    public async Task StoppedBackgroundLoopsAreReportedAsProblems()
    {
        var health = Service.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        await Service.StopAsync();

        var report = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal("inbox dispatcher not running", report.Entries["dispatcher"].Description);
        Assert.Equal("outbox sender not running", report.Entries["outbox"].Description);
    }
}
