using ChatAssistant.Content;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;
using ChatAssistant.Transcripts;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.Handoffs;

public sealed class HandoffDeskTests : IAsyncLifetime
{
    private static readonly Officer OfficerOfA = new(5, "Cán bộ A", OfficerRole.Officer, ["oa-a"]);
    private static readonly Officer OfficerOfB = new(6, "Cán bộ B", OfficerRole.Officer, ["oa-b"]);
    private static readonly ResidentTexts Texts = ResidentTexts.Load(RepositoryFiles.Texts);

    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private HandoffStore _handoffs = null!;
    private TranscriptStore _transcripts = null!;
    private MessageOutbox _outbox = null!;
    private HandoffDesk _desk = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _handoffs = new HandoffStore(_db.Connections, _clock, Options.Create(new HandoffOptions { Timeout = TimeSpan.FromHours(4) }));
        _transcripts = new TranscriptStore(_db.Connections, _clock, Options.Create(new TranscriptOptions()));
        _outbox = new MessageOutbox(_db.Writer, _db.Connections, _clock);
        _desk = new HandoffDesk(_db.Writer, _handoffs, _transcripts, _outbox, new AuditLog(_db.Writer, _clock), Texts);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Handoff> Open(string oaId, string userId)
    {
        await _db.Writer.WriteAsync((c, t) => _handoffs.Open(c, t, oaId, userId));
        return _handoffs.FindOpen(oaId, userId)!;
    }

    private T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    private List<(string Key, string Text)> Outgoing(string userId) =>
        [.. _outbox.ReadOpenOutgoing(0, 100).Where(r => r.UserId == userId).Select(r => (r.IdempotencyKey, MessageOutbox.ReadBody(r).Text))];

    [Fact]
    public async Task ReplyIsRecordedSentAndAuditedTogether()
    {
        var handoff = await Open("oa-a", "u-1");
        _clock.Advance(TimeSpan.FromMinutes(3));

        var entryId = await _desk.ReplyAsync(OfficerOfA, handoff.Id, "Xin chào, số cán bộ trực là 0912345678.");

        Assert.NotNull(entryId);
        var line = Assert.Single(_transcripts.Read("oa-a", "u-1"));
        Assert.Equal((entryId.Value, TranscriptDirections.Officer, 5L), (line.Id, line.Direction, line.OfficerId));
        Assert.Contains(Redactor.PhoneMask, line.Text, StringComparison.Ordinal);
        // The resident gets the words as written; only the record is redacted.
        Assert.Equal([($"officer:{handoff.Id}:{entryId}:0.0", "Xin chào, số cán bộ trực là 0912345678.")], Outgoing("u-1"));
        var answered = _handoffs.FindOpen("oa-a", "u-1")!;
        Assert.Equal((HandoffStatus.Active, 5L, _clock.GetUtcNow()), (answered.Status, answered.OfficerId, answered.LastOfficerMessageAt));
        Assert.Equal($"5|Cán bộ A|handoff.reply|oa-a|{handoff.Id}|",
            Scalar<string>("SELECT officer_id || '|' || actor || '|' || action || '|' || oa_id || '|' || subject || '|' || coalesce(detail, '') FROM audit_log"));
    }

    [Fact]
    public async Task OfficerOfAnotherAccountCannotReplyOrRelease()
    {
        var handoff = await Open("oa-a", "u-1");

        Assert.Null(await _desk.ReplyAsync(OfficerOfB, handoff.Id, "Xin chào"));
        Assert.False(await _desk.ReleaseAsync(OfficerOfB, handoff.Id));

        Assert.Empty(Outgoing("u-1"));
        Assert.Empty(_transcripts.Read("oa-a", "u-1"));
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM audit_log"));
        Assert.NotNull(_handoffs.FindOpen("oa-a", "u-1"));
    }

    [Fact]
    public async Task BootstrapAdminRepliesWithoutAnOfficerId()
    {
        var handoff = await Open("oa-b", "u-2");

        Assert.NotNull(await _desk.ReplyAsync(Officer.Bootstrap, handoff.Id, "Xin chào"));

        Assert.Null(Assert.Single(_transcripts.Read("oa-b", "u-2")).OfficerId);
        Assert.Equal("bootstrap", Scalar<string>("SELECT actor FROM audit_log WHERE officer_id IS NULL"));
    }

    [Fact]
    public async Task ReleaseClosesTellsTheResidentAndRefusesASecondTime()
    {
        var handoff = await Open("oa-a", "u-1");

        Assert.True(await _desk.ReleaseAsync(OfficerOfA, handoff.Id));

        Assert.Null(_handoffs.FindOpen("oa-a", "u-1"));
        Assert.Equal("officer", Scalar<string>("SELECT close_reason FROM handoffs"));
        Assert.Equal([($"handoff:{handoff.Id}:officer:0.0", Texts.Get(HandoffTexts.Released))], Outgoing("u-1"));
        Assert.Equal(TranscriptDirections.Out, Assert.Single(_transcripts.Read("oa-a", "u-1")).Direction);
        Assert.Equal("handoff.release", Scalar<string>("SELECT action FROM audit_log"));

        Assert.False(await _desk.ReleaseAsync(OfficerOfA, handoff.Id));
        Assert.Null(await _desk.ReplyAsync(OfficerOfA, handoff.Id, "Còn đó không?"));
        Assert.Single(Outgoing("u-1"));
    }

    [Fact]
    public async Task ExpiredHandoffsAreClosedAndTheirResidentsTold()
    {
        var waiting = await Open("oa-a", "u-waiting");
        var answered = await Open("oa-b", "u-answered");
        _clock.Advance(TimeSpan.FromHours(3));
        await _desk.ReplyAsync(OfficerOfB, answered.Id, "Xin chào, tôi đang xem.");
        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await _desk.CloseExpiredAsync());

        Assert.Null(_handoffs.FindOpen("oa-a", "u-waiting"));
        Assert.NotNull(_handoffs.FindOpen("oa-b", "u-answered"));
        Assert.Equal([($"handoff:{waiting.Id}:timeout:0.0", Texts.Get(HandoffTexts.Timeout))], Outgoing("u-waiting"));
        Assert.Equal("system|handoff.timeout|oa-a",
            Scalar<string>("SELECT actor || '|' || action || '|' || oa_id FROM audit_log WHERE action = 'handoff.timeout'"));

        _clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(1, await _desk.CloseExpiredAsync());
        Assert.Equal(0, await _desk.CloseExpiredAsync());
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM handoffs WHERE close_reason = 'timeout'"));
    }

    [Fact]
    public async Task AHandoffClosedByTheSweepIsRecordedClosedWhenItExpired()
    {
        var handoff = await Open("oa-a", "u-1");
        _clock.Advance(TimeSpan.FromHours(4) + new TimeSpan(0, 0, 0, 41, 250));

        Assert.Equal(1, await _desk.CloseExpiredAsync());

        Assert.Equal((handoff.OpenedAt + TimeSpan.FromHours(4)).ToUnixTimeMilliseconds(), Scalar<long>("SELECT closed_at FROM handoffs"));
    }
}
