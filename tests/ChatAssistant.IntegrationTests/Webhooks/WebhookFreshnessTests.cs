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

    // A stored event is found by its key, as a redelivery is: a handled row keeps no resident.
    private string StatusOf(string msgId) =>
        Service.Query<string>("SELECT status FROM inbox_messages WHERE dedup_key = @key", new { key = MessageInbox.StoredKey($"user_send_text:{msgId}") });

    private long RepliesTo(string userId) => Zalo.Messages.Count(m => m.UserId == userId);

    /// <summary>A fresh event from someone else, answered: the dispatcher has run past whatever was stored before it.</summary>
    private async Task AnswerAControlEventAsync(string userId)
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent(userId, "xin chào"));
        await WaitUntilAsync(() => RepliesTo(userId) > 0
            && Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending')") == 0);
    }

    [Fact]
    public async Task EventSignedTwoHoursAgoIsAcknowledgedStoredAsStaleAndNotAnswered()
    {
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-old", "xin chào", msgId: "old-msg", signedAt: DateTimeOffset.UtcNow.AddHours(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InboxStatus.Stale, StatusOf("old-msg"));
        await AnswerAControlEventAsync("u-control");
        Assert.Equal(0, RepliesTo("u-old"));
        Assert.Equal(InboxStatus.Stale, StatusOf("old-msg"));
    }

    [Fact]
    public async Task EventSignedTenMinutesAgoIsAnswered()
    {
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-late", "xin chào", msgId: "late-msg", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal("u-late", reply.UserId);
        await WaitUntilAsync(() => StatusOf("late-msg") == InboxStatus.Done);
    }

    [Fact]
    public async Task ReplayOfAnAnsweredEventWithinTheWindowIsDeduplicated()
    {
        var body = ServiceUnderTest.TextEvent("u-replay", "xin chào", msgId: "replayed-msg", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        await Service.PostWebhookAsync(body);
        await Zalo.WaitForMessagesAsync(1, Patience);
        await WaitUntilAsync(() => StatusOf("replayed-msg") == InboxStatus.Done);

        var replay = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        await AnswerAControlEventAsync("u-control");
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE dedup_key = @key",
            new { key = MessageInbox.StoredKey("user_send_text:replayed-msg") }));
        Assert.Single(Zalo.Messages, m => m.UserId == "u-replay");
    }

    [Fact]
    public async Task EventFromFurtherAheadThanTheClockSkewIsStaleAndOneWithinItIsAnswered()
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-ahead", "xin chào", msgId: "ahead-msg", signedAt: DateTimeOffset.UtcNow.AddMinutes(10)));
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-skewed", "xin chào", signedAt: DateTimeOffset.UtcNow.AddMinutes(2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal("u-skewed", reply.UserId);
        Assert.Equal(InboxStatus.Stale, StatusOf("ahead-msg"));
        Assert.Equal(0, RepliesTo("u-ahead"));
    }

    [Fact]
    public async Task RedeliveredStaleEventIsAcknowledgedAndKeptOnce()
    {
        var body = ServiceUnderTest.TextEvent("u-retried", "xin chào", msgId: "retried-msg", signedAt: DateTimeOffset.UtcNow.AddHours(-3));

        var first = await Service.PostWebhookAsync(body);
        var second = await Service.PostWebhookAsync(body);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE dedup_key = @key AND status = 'stale'",
            new { key = MessageInbox.StoredKey("user_send_text:retried-msg") }));
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
