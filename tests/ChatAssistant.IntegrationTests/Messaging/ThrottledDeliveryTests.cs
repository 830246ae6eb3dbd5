namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>"Too fast" (-32) is the account's state: a message told so waits its turn however often, and is not given up for it.</summary>
public sealed class ThrottledDeliveryTests : ZaloHostTest
{
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Messaging:MaxSendRetryDelay"] = "00:00:00.100",
        ["Messaging:MaxAccountPause"] = "00:00:00.100",
    };

    [Fact]
    public async Task AMessageThrottledAgainAndAgainIsStillDeliveredOnce()
    {
        Zalo.FailNextSends(-32, count: 4);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-throttled", "xin chào"));
        // Delivered, the reply keeps no resident: it is the only row.
        await ReplyDeliveryTests.WaitUntilAsync(() => Service.Query<string>("SELECT status FROM outbox_messages") == "sent");

        Assert.Equal(5, Zalo.Messages.Count(m => m.UserId == "u-throttled"));
    }
}
