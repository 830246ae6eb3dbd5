using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Testing;
using Dapper;

namespace ChatAssistant.Tests.Messaging.Inbox;

public sealed class MessageInboxTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private MessageInbox _inbox = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _inbox = new MessageInbox(_db.Writer, _db.Connections, _clock);
        return Task.CompletedTask;
    }

    private static IncomingEvent Event(string dedupKey, string oaId = "oa-1", string userId = "u-1", string status = InboxStatus.Pending) =>
        new(oaId, userId, "user_send_text", dedupKey, $$"""{"msg_id":"{{dedupKey}}"}""", status);

    [Fact]
    public async Task StoringTheSameEventTwiceGivesAnIdThenNull()
    {
        var first = await _inbox.StoreIncomingAsync(Event("m-1"));
        var again = await _inbox.StoreIncomingAsync(Event("m-1") with { Body = "{\"redelivered\":true}" });

        Assert.NotNull(first);
        Assert.Null(again);
        var stored = Assert.Single(_inbox.ReadPendingIncoming(0, 10));
        Assert.Equal(first, stored.Id);
        Assert.Equal("""{"msg_id":"m-1"}""", stored.Body);
    }

    [Fact]
    public async Task TheSameKeyUnderAnotherAccountIsADifferentEvent()
    {
        var forOne = await _inbox.StoreIncomingAsync(Event("m-1", oaId: "oa-1"));
        var forTwo = await _inbox.StoreIncomingAsync(Event("m-1", oaId: "oa-2"));

        Assert.NotNull(forOne);
        Assert.NotNull(forTwo);
        Assert.NotEqual(forOne, forTwo);
    }

    [Fact]
    public async Task StoredEventKeepsEveryFieldAndTheClockTime()
    {
        var id = await _inbox.StoreIncomingAsync(new IncomingEvent("oa-9", "u-7", "follow", "k", "{\"a\":1}", InboxStatus.Pending));

        var stored = Assert.Single(_inbox.ReadPendingIncoming(0, 10));
        Assert.Equal(
            new InboxMessage(id!.Value, "oa-9", "u-7", "follow", "{\"a\":1}", ManualClock.DefaultStart.ToUnixTimeMilliseconds(), 0),
            stored);
    }

    [Fact]
    public async Task PendingEventsAfterTheCursorComeInIdOrder()
    {
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await _inbox.StoreIncomingAsync(Event($"m-{i}", userId: $"u-{i % 2}")))!.Value);
        }
        await _db.Writer.WriteAsync((c, t) => MessageInbox.MarkIncomingHandled(c, t, ids[3]));

        Assert.Equal(ids.Skip(2).Where(id => id != ids[3]), _inbox.ReadPendingIncoming(ids[1], 100).Select(m => m.Id));
        Assert.Equal(ids.Take(2), _inbox.ReadPendingIncoming(0, 2).Select(m => m.Id));
        Assert.Empty(_inbox.ReadPendingIncoming(ids[^1], 100));
    }

    [Fact]
    public async Task IgnoredEventsAreKeptButNeverReturned()
    {
        var ignored = await _inbox.StoreIncomingAsync(Event("unknown-event", status: InboxStatus.Ignored));
        var pending = await _inbox.StoreIncomingAsync(Event("m-1"));
        var redelivered = await _inbox.StoreIncomingAsync(Event("unknown-event", status: InboxStatus.Ignored));

        Assert.NotNull(ignored);
        Assert.Null(redelivered);
        Assert.Equal([pending!.Value], _inbox.ReadPendingIncoming(0, 100).Select(m => m.Id));
        Assert.Equal(InboxStatus.Ignored, Status(ignored.Value).Status);
    }

    [Fact]
    public async Task HandledEventIsDoneWithItsAttemptCounted()
    {
        var id = (await _inbox.StoreIncomingAsync(Event("m-1")))!.Value;
        _clock.Advance(TimeSpan.FromSeconds(3));

        await _db.Writer.WriteAsync((c, t) => MessageInbox.MarkIncomingHandled(c, t, id));

        // Done, and kept as every handled row is: no resident, no words, no kind of message, no time finer than the hour.
        Assert.Equal((InboxStatus.Done, 1L, (long?)null, (string?)null), Status(id));
        using var connection = _db.Connections.Open();
        var kept = connection.QuerySingle<(string UserId, string Body, string EventName, long ReceivedAt)>(
            "SELECT user_id AS UserId, body AS Body, event_name AS EventName, received_at AS ReceivedAt FROM inbox_messages WHERE id = @id", new { id });
        Assert.Equal(("", "{}", "user_send", 0L), (kept.UserId, kept.Body, kept.EventName, kept.ReceivedAt % 3_600_000));
        Assert.Empty(_inbox.ReadPendingIncoming(0, 10));
    }

    [Fact]
    public async Task FailedEventIsParkedWithItsErrorAndAttempts()
    {
        var id = (await _inbox.StoreIncomingAsync(Event("m-1")))!.Value;

        await _db.Writer.WriteAsync((c, t) => _inbox.MarkIncomingFailed(c, t, id, 3, "turn failed: boom"));

        var row = Status(id);
        Assert.Equal((InboxStatus.Failed, 3L, (long?)ManualClock.DefaultStart.ToUnixTimeMilliseconds(), (string?)"turn failed: boom"), row);
        Assert.Empty(_inbox.ReadPendingIncoming(0, 10));
    }

    [Fact]
    public async Task MarkingInsideAFailedTurnLeavesTheEventPending()
    {
        var id = (await _inbox.StoreIncomingAsync(Event("m-1")))!.Value;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _db.Writer.WriteAsync((c, t) =>
        {
            MessageInbox.MarkIncomingHandled(c, t, id);
            throw new InvalidOperationException("state version lost the race");
        }));

        Assert.Equal(InboxStatus.Pending, Status(id).Status);
        Assert.Single(_inbox.ReadPendingIncoming(0, 10));
    }

    [Fact]
    public async Task NewPendingEventWakesTheDispatcher()
    {
        await _inbox.StoreIncomingAsync(Event("m-1"));

        await _inbox.Arrived.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task IgnoredOrRedeliveredEventsDoNotWakeTheDispatcher()
    {
        await _inbox.StoreIncomingAsync(Event("m-1"));
        await _inbox.Arrived.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        await _inbox.StoreIncomingAsync(Event("m-1"));
        await _inbox.StoreIncomingAsync(Event("other", status: InboxStatus.Ignored));

        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _inbox.Arrived.WaitAsync(TimeSpan.FromMinutes(1), giveUp.Token));
    }

    [Theory]
    [InlineData(InboxStatus.Done)]
    [InlineData(InboxStatus.Failed)]
    [InlineData(InboxStatus.Throttled)]
    public async Task TheMarkThatEndsATurnEmptiesTheBodyAndTheKeyStillFindsTheRedelivery(string status)
    {
        var id = (await _inbox.StoreIncomingAsync(Event("m-1") with { Body = """{"message":{"text":"số của tôi 0912345678"}}""" }))!.Value;

        await _db.Writer.WriteAsync((c, t) =>
        {
            switch (status)
            {
                case InboxStatus.Done: MessageInbox.MarkIncomingHandled(c, t, id); break;
                case InboxStatus.Failed: _inbox.MarkIncomingFailed(c, t, id, 3, "boom"); break;
                default: MessageInbox.MarkIncomingThrottled(c, t, id); break;
            }
        });

        Assert.Equal((status, "{}"), Row(id));
        Assert.Null(await _inbox.StoreIncomingAsync(Event("m-1")));
    }

    [Theory]
    [InlineData(InboxStatus.Ignored)]
    [InlineData(InboxStatus.Stale)]
    public async Task AnEventStoredHandledIsStoredWithoutItsBody(string status)
    {
        var id = (await _inbox.StoreIncomingAsync(Event("m-1", status: status) with { Body = """{"message":{"text":"0912345678"}}""" }))!.Value;

        Assert.Equal((status, "{}"), Row(id));
    }

    [Fact]
    public async Task TheKeyIsStoredAsItsHashNotInClear()
    {
        var id = (await _inbox.StoreIncomingAsync(Event("user_send_text:msg-42")))!.Value;

        using var connection = _db.Connections.Open();
        var stored = connection.ExecuteScalar<string>("SELECT dedup_key FROM inbox_messages WHERE id = @id", new { id });
        Assert.DoesNotContain("msg-42", stored, StringComparison.Ordinal);
        Assert.Equal(64, stored!.Length);
    }

    private (string Status, string Body) Row(long id)
    {
        using var connection = _db.Connections.Open();
        return connection.QuerySingle<(string, string)>("SELECT status, body FROM inbox_messages WHERE id = @id", new { id });
    }

    private (string Status, long Attempts, long? HandledAt, string? Error) Status(long id)
    {
        using var connection = _db.Connections.Open();
        return connection.QuerySingle<(string, long, long?, string?)>(
            "SELECT status, attempts, handled_at, error FROM inbox_messages WHERE id = @id", new { id });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
