using System.Net;

namespace ChatAssistant.IntegrationTests.Health;

/// <summary>An account whose token refresh fails <c>Health:MaxTokenRefreshFailures</c> times in a row degrades the service.</summary>
public sealed class TokenRefreshHealthTests : ZaloHostTest
{
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Health:MaxTokenRefreshFailures"] = "2",
    };

    [Fact]
    public async Task RefreshesFailingInARowDegradeTheServiceUntilOneSucceeds()
    {
        Zalo.ExpireAccessToken(ServiceUnderTest.SeedAccessToken);
        Zalo.FailNextRefreshes(count: 1_000);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-expired", "xin chào"));

        var failing = await HealthAnswer.WaitForAsync(Service, a => a.Checks["tokens"].Status != "healthy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.Code);
        Assert.Equal("degraded", failing.Status);
        Assert.Matches(
            $@"^the token of account {ServiceUnderTest.OaId} failed to refresh \d+ times in a row, last at .+ UTC: HTTP 503",
            failing.Checks["tokens"].Reason);

        Zalo.ClearScriptedFailures();
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-renewed", "xin chào"));

        var renewed = await HealthAnswer.WaitForAsync(Service, a => a.Checks["tokens"].Status == "healthy");
        Assert.Equal(HttpStatusCode.OK, renewed.Code);
    }
}
