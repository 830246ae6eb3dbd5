using System.Net;
using ChatAssistant.Messaging.Inbox;

namespace ChatAssistant.IntegrationTests.Webhooks;

/// <summary>
/// Signed events posted to the real host: those signed outside Webhooks:MaxEventAge (one hour) or beyond
/// Webhooks:MaxClockSkew (five minutes) ahead are acknowledged and kept as stale, never answered.
/// </summary>
public sealed class WebhookFreshnessTests : ZaloHostTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private string StatusOf(string userId) =>
        Service.Query<string>("SELECT status FROM inbox_messages WHERE user_id = @userId", new { userId });

    private long RepliesTo(string userId) =>
        Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE user_id = @userId", new { userId });

    /// <summary>A fresh event from someone else, answered: the dispatcher has run past whatever was stored before it.</summary>
    private async Task AnswerAControlEventAsync(string userId)
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent(userId, "xin chào"));
        await Zalo.WaitForMessagesAsync(1, Patience);
        await WaitUntilAsync(() => Service.Query<string>("SELECT status FROM outbox_messages WHERE user_id = @userId", new { userId }) == "sent");
    }

    [Fact]
    public async Task EventSignedTwoHoursAgoIsAcknowledgedStoredAsStaleAndNotAnswered()
    {
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-old", "xin chào", signedAt: DateTimeOffset.UtcNow.AddHours(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InboxStatus.Stale, StatusOf("u-old"));
        await AnswerAControlEventAsync("u-control");
        Assert.Equal(0, RepliesTo("u-old"));
        Assert.DoesNotContain(Zalo.Messages, m => m.UserId == "u-old");
        Assert.Equal(InboxStatus.Stale, StatusOf("u-old"));
    }

    [Fact]
    public async Task EventSignedTenMinutesAgoIsAnswered()
    {
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-late", "xin chào", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal("u-late", reply.UserId);
        await WaitUntilAsync(() => StatusOf("u-late") == InboxStatus.Done);
    }

    [Fact]
    public async Task ReplayOfAnAnsweredEventWithinTheWindowIsDeduplicated()
    {
        var body = ServiceUnderTest.TextEvent("u-replay", "xin chào", msgId: "replayed-msg", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        await Service.PostWebhookAsync(body);
        await Zalo.WaitForMessagesAsync(1, Patience);
        await WaitUntilAsync(() => StatusOf("u-replay") == InboxStatus.Done);

        var replay = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        await AnswerAControlEventAsync("u-control");
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE user_id = 'u-replay'"));
        Assert.Single(Zalo.Messages, m => m.UserId == "u-replay");
    }

    [Fact]
    public async Task EventFromFurtherAheadThanTheClockSkewIsStaleAndOneWithinItIsAnswered()
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-ahead", "xin chào", signedAt: DateTimeOffset.UtcNow.AddMinutes(10)));
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-skewed", "xin chào", signedAt: DateTimeOffset.UtcNow.AddMinutes(2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal("u-skewed", reply.UserId);
        Assert.Equal(InboxStatus.Stale, StatusOf("u-ahead"));
        Assert.Equal(0, RepliesTo("u-ahead"));
    }

    [Fact]
    public async Task RedeliveredStaleEventIsAcknowledgedAndKeptOnce()
    {
        var body = ServiceUnderTest.TextEvent("u-retried", "xin chào", msgId: "retried-msg", signedAt: DateTimeOffset.UtcNow.AddHours(-3));

        var first = await Service.PostWebhookAsync(body);
        var second = await Service.PostWebhookAsync(body);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE user_id = 'u-retried' AND status = 'stale'"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(25);
        }
    }
}
