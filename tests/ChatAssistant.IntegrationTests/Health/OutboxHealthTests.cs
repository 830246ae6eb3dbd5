using System.Net;

namespace ChatAssistant.IntegrationTests.Health;

/// <summary>A reply still unsent after <c>Health:MaxOutboxAge</c> degrades the service until it goes out.</summary>
public sealed class OutboxHealthTests : ZaloHostTest
{
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Health:MaxOutboxAge"] = "00:00:01",
        ["Messaging:MaxSendRetryDelay"] = "00:00:00.200",
    };

    [Fact]
    public async Task AReplyHeldBackByZaloPastTheLimitDegradesTheServiceUntilItIsSent()
    {
        Zalo.FailNextSends(-32, count: 100_000);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-waiting", "xin chào"));

        var late = await HealthAnswer.WaitForAsync(Service, a => a.Checks["outbox"].Status != "healthy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, late.Code);
        Assert.Equal("degraded", late.Status);
        Assert.Equal("degraded", late.Checks["outbox"].Status);
        Assert.Matches(@"^the oldest unsent message has waited 00:00:\d\d \(more than 00:00:01\); 1 messages wait to be sent$", late.Checks["outbox"].Reason);

        Zalo.ClearScriptedFailures();

        var sent = await HealthAnswer.WaitForAsync(Service, a => a.Code == HttpStatusCode.OK);
        Assert.Equal("healthy", sent.Checks["outbox"].Status);
        Assert.Equal(0, Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status <> 'sent'"));
    }
}
