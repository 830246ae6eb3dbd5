using System.Net;
using System.Text;
using ChatAssistant.Content;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>
/// What the service keeps of a conversation once it is answered, and a resident who floods it: the real host, the fake
/// Zalo API and the service's clock in the test's hand.
/// </summary>
public sealed class RetentionAndFloodTests : ZaloHostTest
{
    private const int Limit = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Messaging:MaxMessagesPerResidentPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging:SentTextRetention"] = "00:10:00",
    };

    private Task<HttpResponseMessage> SendAsync(string userId, string text, string? msgId = null) =>
        Service.PostWebhookAsync(ServiceUnderTest.TextEvent(userId, text, msgId, signedAt: _clock.GetUtcNow()));

    [Fact]
    public async Task AnAnsweredMessagesPhoneNumberIsInNoDatabaseFileAndItsReplayIsStillDropped()
    {
        var body = ServiceUnderTest.TextEvent("u-phone", "0912345678", "msg-phone", signedAt: _clock.GetUtcNow());
        await Service.PostWebhookAsync(body);
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'") == 0);
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status = 'sent'") > 0);
        var replies = Zalo.Messages.Count(m => m.UserId == "u-phone");

        var replay = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM inbox_messages"));
        // The checkpoint folds the WAL into the file and truncates it: what is left is what the service keeps.
        Assert.Equal("{}", Service.Query<string>("SELECT body FROM inbox_messages"));
        Assert.Equal("", Service.Query<string>("SELECT user_id FROM inbox_messages"));
        // The reply may read the number back: its text went as it was delivered.
        Assert.Equal(0, Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE body <> '{}' OR user_id = 'u-phone'"));
        var wal = Service.Services.GetRequiredService<WalTrim>();
        await WaitUntilAsync(wal.Trim);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Service.DatabasePath)!, "service.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("0912345678")) < 0, $"{Path.GetFileName(file)} holds the phone number in clear");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("msg-phone")) < 0, $"{Path.GetFileName(file)} holds Zalo's message id in clear");
        }
        Assert.Equal(replies, Zalo.Messages.Count(m => m.UserId == "u-phone"));
    }

    [Fact]
    public async Task AReplyForgetsItsWordsAsItIsDeliveredAndAMessageOfTheUnitKeepsItsTextUntilItsRetentionHasPassed()
    {
        await SendAsync("u-kept", "xin chào");
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status = 'sent'") > 0);
        // A reply to the resident's message keeps neither words nor resident once delivered: the transcript has them, masked.
        Assert.Equal(0, Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE body <> '{}' OR user_id = 'u-kept'"));

        // A message the unit sent of its own accord (here a closure notice) keeps its text for Messaging:SentTextRetention.
        var outbox = Service.Services.GetRequiredService<MessageOutbox>();
        await outbox.AppendOutgoingAsync(ServiceUnderTest.OaId, "u-kept", "booking-closed:1:1", [OutboundMessage.FromText("Ngày mai bộ phận một cửa nghỉ")]);
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE user_id = 'u-kept' AND status = 'sent'") > 0);
        Assert.Equal(0, Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE user_id = 'u-kept' AND body = '{}'"));

        var sentAt = _clock.GetUtcNow();
        while (Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE user_id = 'u-kept' AND body <> '{}'") > 0)
        {
            Assert.True(_clock.GetUtcNow() < sentAt.AddHours(1), "the text was still kept an hour after it was sent");
            _clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(30);
        }

        Assert.True(_clock.GetUtcNow() >= sentAt.AddMinutes(10), "the text was emptied before its retention passed");
        // The row itself stays, for reports and health.
        Assert.Equal("sent", Service.Query<string>("SELECT status FROM outbox_messages WHERE user_id = 'u-kept' LIMIT 1"));
    }

    [Fact]
    public async Task ATwoHundredMessageFloodGetsItsLimitOfTurnsAndOnePoliteReplyWhileAnotherResidentIsAnswered()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync("u-flood", $"xin chào {i}")).StatusCode);
        }
        await SendAsync("u-calm", "xin chào");
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'") == 0);
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending')") == 0);

        // The flood's turns and the other resident's one.
        Assert.Equal(Limit + 1, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'done'"));
        Assert.Equal(200 - Limit, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'throttled'"));
        var polite = Service.Services.GetRequiredService<ResidentTexts>().Get(ResidentTexts.TooManyMessages);
        var flooded = Zalo.Messages.Where(m => m.UserId == "u-flood").ToList();
        Assert.Single(flooded, m => m.Text == polite);
        var repliesPerTurn = Zalo.Messages.Count(m => m.UserId == "u-calm");
        Assert.True(repliesPerTurn > 0, "the other resident was not answered");
        Assert.True(flooded.Count <= (Limit * repliesPerTurn) + 1, $"{flooded.Count} replies to a flood of 200");
    }

    [Fact]
    public async Task AThrottledMessageThatCallsForHelpStillGetsTheEmergencyNumber()
    {
        for (var i = 0; i <= Limit; i++)
        {
            await SendAsync("u-danger", $"xin chào {i}");
        }
        await SendAsync("u-danger", "có cướp đang ở trước nhà tôi");
        await WaitUntilAsync(() => Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'") == 0);

        Assert.Equal(InboxStatus.Throttled, Service.Query<string>("SELECT status FROM inbox_messages ORDER BY id DESC LIMIT 1"));
        var emergency = Service.Services.GetRequiredService<ResidentTexts>().Get(ChatAssistant.Features.TipOffs.Reporting.TipOffTexts.EmergencyPolice);
        await WaitUntilAsync(() => Zalo.Messages.Any(m => m.UserId == "u-danger" && m.Text == emergency));
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
