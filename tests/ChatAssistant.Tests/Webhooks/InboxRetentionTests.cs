using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Testing;
using ChatAssistant.Webhooks;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Webhooks;

/// <summary>Handled webhook events, and with them their deduplication keys, are kept for Webhooks:DedupWindow and no longer.</summary>
public sealed class InboxRetentionTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(2);

    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private MessageInbox _inbox = null!;
    private InboxRetention _retention = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _inbox = new MessageInbox(_db.Writer, _db.Connections, _clock);
        _retention = new InboxRetention(_db.Writer, Options.Create(new WebhookOptions { DedupWindow = Window }), _clock, NullLogger<InboxRetention>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> StoreAsync(string key, string status, string eventName = "user_send_text")
    {
        var id = await _inbox.StoreIncomingAsync(new IncomingEvent("oa-1", "u-1", eventName, key, "{}", status == InboxStatus.Pending ? status : InboxStatus.Pending));
        using var connection = _db.Connections.Open();
        connection.Execute("UPDATE inbox_messages SET status = @status WHERE id = @id", new { status, id });
        return id!.Value;
    }

    private List<string> Keys()
    {
        using var connection = _db.Connections.Open();
        return connection.Query<string>("SELECT dedup_key FROM inbox_messages ORDER BY id").AsList();
    }

    [Fact]
    public async Task HandledEventsOlderThanTheWindowGoAndEverythingElseStays()
    {
        await StoreAsync("old-done", InboxStatus.Done);
        await StoreAsync("old-ignored", InboxStatus.Ignored);
        await StoreAsync("old-stale", InboxStatus.Stale);
        await StoreAsync("old-failed", InboxStatus.Failed);
        await StoreAsync("old-pending", InboxStatus.Pending);
        await StoreAsync("service:survey-1", InboxStatus.Done, ServiceEvents.InboxEventName);
        _clock.Advance(Window - TimeSpan.FromMinutes(1));
        await StoreAsync("recent-done", InboxStatus.Done);
        _clock.Advance(TimeSpan.FromMinutes(2));

        var deleted = await _retention.PurgeAsync();

        Assert.Equal(3, deleted);
        Assert.Equal(new[] { "old-failed", "old-pending", "service:survey-1", "recent-done" }.Select(MessageInbox.StoredKey), Keys());
    }

    [Fact]
    public async Task AnEventWhoseKeyWentIsStoredAgainWhileOneWithinTheWindowIsStillADuplicate()
    {
        await StoreAsync("m-1", InboxStatus.Done);
        _clock.Advance(TimeSpan.FromHours(1));
        await StoreAsync("m-2", InboxStatus.Done);
        _clock.Advance(Window - TimeSpan.FromMinutes(30));

        await _retention.PurgeAsync();

        Assert.NotNull(await _inbox.StoreIncomingAsync(new IncomingEvent("oa-1", "u-1", "user_send_text", "m-1", "{}", InboxStatus.Stale)));
        Assert.Null(await _inbox.StoreIncomingAsync(new IncomingEvent("oa-1", "u-1", "user_send_text", "m-2", "{}", InboxStatus.Pending)));
    }

    [Fact]
    public async Task TheNewestRowStaysSoItsIdIsNeverGivenAgain()
    {
        // The outbox keys a turn's replies by its inbox id: a reused id would drop the next turn's replies as repeats.
        await StoreAsync("m-1", InboxStatus.Done);
        var newest = await StoreAsync("m-2", InboxStatus.Done);
        _clock.Advance(Window * 3);

        await _retention.PurgeAsync();
        var next = await _inbox.StoreIncomingAsync(new IncomingEvent("oa-1", "u-1", "user_send_text", "m-3", "{}", InboxStatus.Pending));

        Assert.Equal(new[] { "m-2", "m-3" }.Select(MessageInbox.StoredKey), Keys());
        Assert.True(next > newest);
    }

    [Fact]
    public async Task APurgeLargerThanOneWriteTakesSeveral()
    {
        using (var connection = _db.Connections.Open())
        {
            connection.Execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4499)
                INSERT INTO inbox_messages (oa_id, user_id, event_name, dedup_key, body, received_at, status)
                SELECT 'oa-1', 'u-1', 'user_send_text', 'm-' || i, '{}', @at, 'ignored' FROM n
                """, new { at = _clock.GetUtcNow().ToUnixTimeMilliseconds() });
        }
        _clock.Advance(Window + TimeSpan.FromMinutes(1));

        var deleted = await _retention.PurgeAsync();

        Assert.Equal(4499, deleted);
        Assert.Equal(["m-4499"], Keys());
    }
}
