using System.Text.Json;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>
/// Zalo down for minutes of the service's clock, then back: the account waits with one probe at a time, and every
/// reply arrives once and in order.
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
            await Service.PostWebhookAsync(ServiceUnderTest.TextEvent(resident, line));
        }
        await WaitUntilInboxIsHandledAsync();
        var replies = OutboxRows();

        await AdvanceUntilAsync(() => OutboxRows().All(r => r.Status == "sent"), TimeSpan.FromSeconds(5));

        // Once each, in the order queued: the messages Zalo took are the outbox's rows, resident by resident.
        var sent = OutboxRows();
        var accepted = Zalo.AcceptedMessages;
        foreach (var resident in residents)
        {
            Assert.Equal(
                sent.Where(r => r.UserId == resident).Select(r => (r.ChannelMessageId, Text(r.Body))),
                accepted.Where(m => m.UserId == resident).Select(m => (m.MessageId, m.Text)));
        }
        Assert.Equal(replies.Count, accepted.Count);
        Assert.All(accepted, m => Assert.True(m.ReceivedAt >= outageEnds));
        // The account waited as one: after the sends already under way when Zalo first failed, one probe at a time.
        var turnedAway = Zalo.TurnedAway;
        Assert.All(turnedAway, t => Assert.Equal(how, t.How));
        var probes = turnedAway.SkipWhile(t => t.At == turnedAway[0].At).ToList();
        Assert.NotEmpty(probes);
        Assert.All(probes.GroupBy(t => t.At), sameMoment => Assert.Single(sameMoment));
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
            "SELECT user_id AS UserId, body AS Body, status AS Status, channel_message_id AS ChannelMessageId FROM outbox_messages ORDER BY id").AsList();
    }

    private static string? Text(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    private sealed record OutboxRow(string UserId, string Body, string Status, string? ChannelMessageId);
}
