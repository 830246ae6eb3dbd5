using ChatAssistant.Features.Handoffs;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.Handoffs;

public sealed class HandoffStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromHours(4);

    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private HandoffStore _store = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _store = new HandoffStore(_db.Connections, _clock, Options.Create(new HandoffOptions { Timeout = Timeout }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task Open(string oaId, string userId) => _db.Writer.WriteAsync((c, t) => _store.Open(c, t, oaId, userId));

    private long Count(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    [Fact]
    public async Task OpeningTwiceKeepsOneRowThanksToTheUniqueIndex()
    {
        await Open("oa-1", "u-1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Open("oa-1", "u-1");

        Assert.Equal(1, Count("SELECT count(*) FROM handoffs"));
        var open = _store.FindOpen("oa-1", "u-1");
        Assert.NotNull(open);
        Assert.Equal((HandoffStatus.Waiting, ManualClock.DefaultStart, (long?)null, (DateTimeOffset?)null),
            (open.Status, open.OpenedAt, open.OfficerId, open.LastOfficerMessageAt));
    }

    [Fact]
    public async Task ClosedHandoffIsNoLongerOpenAndANewOneMayBeOpened()
    {
        await Open("oa-1", "u-1");
        var first = _store.FindOpen("oa-1", "u-1")!;

        await _db.Writer.WriteAsync((c, t) => _store.Close(c, t, first.Id, "resident"));
        Assert.Null(_store.FindOpen("oa-1", "u-1"));
        await Open("oa-1", "u-1");

        Assert.NotEqual(first.Id, _store.FindOpen("oa-1", "u-1")!.Id);
        Assert.Equal(2, Count("SELECT count(*) FROM handoffs"));
        Assert.Equal(1, Count("SELECT count(*) FROM handoffs WHERE status = 'closed' AND close_reason = 'resident' AND closed_at IS NOT NULL"));
    }

    [Fact]
    public async Task ClosingTwiceKeepsTheFirstReason()
    {
        await Open("oa-1", "u-1");
        var id = _store.FindOpen("oa-1", "u-1")!.Id;

        await _db.Writer.WriteAsync((c, t) => _store.Close(c, t, id, "officer"));
        await _db.Writer.WriteAsync((c, t) => _store.Close(c, t, id, "timeout"));

        Assert.Equal(1, Count("SELECT count(*) FROM handoffs WHERE close_reason = 'officer'"));
    }

    [Fact]
    public async Task ExpiresAfterTheTimeoutCountedFromTheLastOfficerReply()
    {
        await Open("oa-1", "u-1");
        var opened = _store.FindOpen("oa-1", "u-1")!;

        _clock.Advance(Timeout);
        Assert.False(_store.IsExpired(opened));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(_store.IsExpired(opened));

        await _db.Writer.WriteAsync((c, t) => _store.RecordOfficerReply(c, t, opened.Id, officerId: 3));
        var answered = _store.FindOpen("oa-1", "u-1")!;
        Assert.Equal((HandoffStatus.Active, 3L), (answered.Status, answered.OfficerId));
        Assert.False(_store.IsExpired(answered));
        Assert.Equal(_clock.GetUtcNow() + Timeout, _store.ExpiresAt(answered));

        _clock.Advance(Timeout + TimeSpan.FromSeconds(1));
        Assert.True(_store.IsExpired(answered));
        Assert.Equal([answered.Id], _store.ListExpired(10).Select(h => h.Id));
    }

    [Fact]
    public async Task ATimedOutHandoffIsClosedAsOfTheInstantItExpiredNotWhenItWasNoticed()
    {
        await Open("oa-1", "u-1");
        var handoff = _store.FindOpen("oa-1", "u-1")!;
        _clock.Advance(TimeSpan.FromMinutes(70));
        await _db.Writer.WriteAsync((c, t) => _store.RecordOfficerReply(c, t, handoff.Id, officerId: 3));
        var expires = _store.ExpiresAt(_store.FindOpen("oa-1", "u-1")!);
        _clock.Advance(Timeout + new TimeSpan(2, 37, 11));

        await _db.Writer.WriteAsync((c, t) => _store.CloseTimedOut(c, t, handoff.Id));

        Assert.Equal(ManualClock.DefaultStart + TimeSpan.FromMinutes(70) + Timeout, expires);
        Assert.Equal(expires.ToUnixTimeMilliseconds(), Count("SELECT closed_at FROM handoffs WHERE close_reason = 'timeout'"));
    }

    [Fact]
    public async Task AHandoffAnsweredSinceItWasSeenExpiredIsNotRecordedClosedInTheFuture()
    {
        await Open("oa-1", "u-1");
        var id = _store.FindOpen("oa-1", "u-1")!.Id;
        _clock.Advance(Timeout + TimeSpan.FromMinutes(1));
        await _db.Writer.WriteAsync((c, t) => _store.RecordOfficerReply(c, t, id, officerId: 3));

        await _db.Writer.WriteAsync((c, t) => _store.CloseTimedOut(c, t, id));

        Assert.Equal(_clock.GetUtcNow().ToUnixTimeMilliseconds(), Count("SELECT closed_at FROM handoffs"));
    }

    [Fact]
    public async Task ListExpiredSkipsFreshAndClosedHandoffs()
    {
        await Open("oa-1", "old");
        await Open("oa-1", "closed");
        var closed = _store.FindOpen("oa-1", "closed")!;
        await _db.Writer.WriteAsync((c, t) => _store.Close(c, t, closed.Id, "resident"));
        _clock.Advance(Timeout + TimeSpan.FromMinutes(1));
        await Open("oa-2", "fresh");

        Assert.Equal(["old"], _store.ListExpired(10).Select(h => h.UserId));
    }

    [Fact]
    public async Task ListOpenShowsOnlyTheGivenAccountsLongestWaitingFirst()
    {
        await Open("oa-1", "u-1");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Open("oa-2", "u-2");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Open("oa-3", "u-3");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Open("oa-1", "u-4");
        var closed = _store.FindOpen("oa-1", "u-4")!;
        await _db.Writer.WriteAsync((c, t) => _store.Close(c, t, closed.Id, "timeout"));

        Assert.Equal(["u-1", "u-3"], _store.ListOpen(["oa-3", "oa-1"]).Select(h => h.UserId));
        Assert.Equal(["u-2"], _store.ListOpen(["oa-2"]).Select(h => h.UserId));
        Assert.Empty(_store.ListOpen([]));
        Assert.Empty(_store.ListOpen(["oa-9"]));
    }

    [Fact]
    public async Task FindInsideATransactionSeesClosedHandoffsToo()
    {
        await Open("oa-1", "u-1");
        var id = _store.FindOpen("oa-1", "u-1")!.Id;
        await _db.Writer.WriteAsync((c, t) => _store.Close(c, t, id, "officer"));

        var found = await _db.Writer.WriteAsync((c, t) => HandoffStore.Find(c, t, id));

        Assert.Equal((HandoffStatus.Closed, false), (found!.Status, found.IsOpen));
        Assert.Null(await _db.Writer.WriteAsync((c, t) => HandoffStore.Find(c, t, id + 100)));
    }
}
