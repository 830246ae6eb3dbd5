using System.Text.Json;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.IntegrationTests.TipOffs;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Api;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>
/// Zalo down for minutes or days of the service's clock, then back: the account waits with one probe at a time, every
/// reply arrives once and in order, and a receipt code outlives the day after which other replies are given up.
/// </summary>
public sealed class ZaloOutageTests : ZaloHostTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ManualClock _clock = new();

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        // Probes every 20 s at most: several during the outage, none needed long after it.
        ["Messaging:MaxAccountPause"] = "00:00:20",
        ["TipOffs:ReceiptHashIterations"] = "10000",
    };

    [Theory]
    [InlineData(ZaloOutage.ServiceUnavailable)]
    [InlineData(ZaloOutage.DroppedConnection)]
    public async Task AfterMinutesOfOutageEveryReplyArrivesOnceAndInOrder(ZaloOutage how)
    {
        var outageEnds = _clock.UtcNow.AddMinutes(5);
        Zalo.BeginOutage(how, outageEnds);
        string[] residents = ["u-out-1", "u-out-2", "u-out-3"];
        foreach (var (line, resident) in new[] { "xin chào", "ok 1", "xin chào" }.SelectMany(line => residents.Select(r => (line, r))))
        {
            await Service.PostWebhookAsync(ServiceUnderTest.TextEvent(resident, line, signedAt: _clock.UtcNow));
        }
        await WaitUntilInboxIsHandledAsync();
        var replies = OutboxRows();

        await AdvanceUntilAsync(() => OutboxRows().All(r => r.Status == "sent"), TimeSpan.FromSeconds(5));

        // Once each, in the order queued: the messages Zalo took are the outbox's rows as they waited, resident by
        // resident (delivered, a reply keeps neither resident nor words).
        var accepted = Zalo.AcceptedMessages;
        foreach (var resident in residents)
        {
            Assert.Equal(
                replies.Where(r => r.UserId == resident).Select(r => Text(r.Body)),
                accepted.Where(m => m.UserId == resident).Select(m => m.Text));
        }
        Assert.DoesNotContain(OutboxRows(), r => residents.Contains(r.UserId));
        Assert.Equal(replies.Count, accepted.Count);
        Assert.All(accepted, m => Assert.True(m.ReceivedAt >= outageEnds));
        // The account waited as one: after the sends already under way when Zalo first failed, one probe at a time.
        var turnedAway = Zalo.TurnedAway;
        Assert.All(turnedAway, t => Assert.Equal(how, t.How));
        var probes = turnedAway.SkipWhile(t => t.At == turnedAway[0].At).ToList();
        Assert.NotEmpty(probes);
        Assert.All(probes.GroupBy(t => t.At), sameMoment => Assert.Single(sameMoment));
    }

    [Fact]
    public async Task AReceiptCodeWaitsOutAnOutageOfDaysWhileAnOrdinaryReplyIsGivenUpAfterADay()
    {
        var reporter = new ResidentOnZalo(Service, Zalo, "u-reporter", _clock);
        await reporter.SayAsync(reporter.Text("báo tin trộm cắp"), "kể lại sự việc");
        await reporter.SayAsync(reporter.Text("Mất xe máy ở bãi xe chợ tối qua"), "Đã ghi");
        await reporter.SayAsync(reporter.Text("xong"), "khi nào");
        await reporter.SayAsync(reporter.Text("tối qua"), "ở đâu");
        await reporter.SayAsync(reporter.Text("bãi xe chợ Thử"), "bằng chứng");
        await reporter.SayAsync(reporter.Text("không có"), "thế nào");
        await reporter.SayAsync(reporter.Text("1"), "Gửi tin báo này");
        var before = Zalo.AcceptedMessages.Count;

        var outageEnds = _clock.UtcNow.AddDays(2);
        Zalo.BeginOutage(ZaloOutage.ServiceUnavailable, outageEnds);
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-asker", "xin chào", signedAt: _clock.UtcNow));
        await Service.PostWebhookAsync(reporter.Text("có"));
        await WaitUntilInboxIsHandledAsync();
        // Waiting: pending, or the one probing Zalo at this moment (sending).
        var receiptRows = Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending') AND user_id = 'u-reporter'");
        Assert.True(receiptRows >= 3, $"the report's confirmation, code and next steps should wait; {receiptRows} do");
        // They wait until Zalo's window closes, seven days after the resident's message; the others, a day.
        Assert.Equal(TimeSpan.FromDays(7).TotalMilliseconds, Service.Query<long>(
            "SELECT max(expires_at - created_at) FROM outbox_messages WHERE status IN ('pending', 'sending') AND user_id = 'u-reporter'"));

        await AdvanceUntilAsync(() => _clock.UtcNow > outageEnds, TimeSpan.FromMinutes(30));
        await AdvanceUntilAsync(
            () => Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending')") == 0, TimeSpan.FromSeconds(5));

        Assert.Equal("failed", Service.Query<string>("SELECT status FROM outbox_messages WHERE user_id = 'u-asker'"));
        Assert.StartsWith("gave up: not delivered 1.00:00:00 after it was queued: HTTP 503",
            Service.Query<string>("SELECT error_message FROM outbox_messages WHERE user_id = 'u-asker'"), StringComparison.Ordinal);
        Assert.Equal(OaSendResult.NetworkFailureCode, Service.Query<long>("SELECT error_code FROM outbox_messages WHERE user_id = 'u-asker'"));
        Assert.DoesNotContain(Zalo.AcceptedMessages, m => m.UserId == "u-asker");

        var afterOutage = Zalo.AcceptedMessages.Skip(before).ToList();
        Assert.All(afterOutage, m => Assert.Equal("u-reporter", m.UserId));
        Assert.Equal(receiptRows, afterOutage.Count);
        // In the order the turn wrote them: the report is received, the code alone, what to do with it.
        Assert.Contains("đã nhận tin báo", afterOutage[0].Text, StringComparison.Ordinal);
        Assert.Contains("MỘT LẦN", afterOutage[^1].Text, StringComparison.Ordinal);
        var code = afterOutage[^2].Text!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.NotNull(Service.Services.GetRequiredService<TipOffStore>().FindByReceipt(ServiceUnderTest.OaId, code));
        // Delivered, the anonymous report's replies forget their words and their resident as before.
        Assert.Equal(0, Service.Query<long>("SELECT count(*) FROM outbox_messages WHERE body LIKE @code", new { code = $"%{code}%" }));
    }

    /// <summary>Moves the service's clock in steps, giving the host a moment of real time after each, until the condition holds.</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the condition did not hold by {_clock.UtcNow:O}");
            _clock.Advance(step);
            await Task.Delay(15);
        }
    }

    private async Task WaitUntilInboxIsHandledAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the inbox did not drain");
            await Task.Delay(20);
        }
    }

    private List<OutboxRow> OutboxRows()
    {
        using var connection = Service.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.Query<OutboxRow>(
            "SELECT user_id AS UserId, body AS Body, status AS Status FROM outbox_messages ORDER BY id").AsList();
    }

    private static string? Text(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    private sealed record OutboxRow(string UserId, string Body, string Status);
}
