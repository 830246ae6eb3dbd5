using ChatAssistant.Testing;
using ChatAssistant.Transcripts;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Transcripts;

public sealed class TranscriptStoreTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private TranscriptStore _store = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _store = new TranscriptStore(_db.Connections, _clock, Options.Create(new TranscriptOptions { RetentionDays = 30 }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<long> Append(string userId, string direction, string text, long? officerId = null, string oaId = "oa-1") =>
        _db.Writer.WriteAsync((c, t) => _store.Append(c, t, oaId, userId, direction, text, officerId));

    [Fact]
    public async Task TextIsRedactedBeforeItIsWritten()
    {
        await Append("u-1", TranscriptDirections.In, "Số tôi là 0912 345 678, CCCD 001203004567");

        using var connection = _db.Connections.Open();
        var stored = connection.ExecuteScalar<string>("SELECT text FROM transcript_entries");
        Assert.Equal($"Số tôi là {Redactor.PhoneMask}, CCCD {Redactor.DocumentMask}", stored);
        Assert.DoesNotContain("345", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesCarryDirectionOfficerAndTime()
    {
        var id = await Append("u-1", TranscriptDirections.Officer, "Xin chào, tôi là cán bộ tiếp nhận.", officerId: 7);

        var entry = Assert.Single(_store.Read("oa-1", "u-1"));
        Assert.Equal(new TranscriptEntry(id, "oa-1", "u-1", "officer", "Xin chào, tôi là cán bộ tiếp nhận.", 7, ManualClock.DefaultStart), entry);
    }

    [Fact]
    public async Task ReadGivesTheLastLinesOldestFirst()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Append("u-1", i % 2 == 0 ? TranscriptDirections.Out : TranscriptDirections.In, $"câu {i}");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(["câu 3", "câu 4", "câu 5"], _store.Read("oa-1", "u-1", limit: 3).Select(e => e.Text));
        Assert.Equal(["câu 1", "câu 2", "câu 3", "câu 4", "câu 5"], _store.Read("oa-1", "u-1").Select(e => e.Text));
    }

    [Fact]
    public async Task ReadKeepsResidentsAndAccountsApart()
    {
        await Append("u-1", TranscriptDirections.In, "của u-1");
        await Append("u-2", TranscriptDirections.In, "của u-2");
        await Append("u-1", TranscriptDirections.In, "của u-1 ở oa-2", oaId: "oa-2");

        Assert.Equal(["của u-1"], _store.Read("oa-1", "u-1").Select(e => e.Text));
        Assert.Equal(["của u-1 ở oa-2"], _store.Read("oa-2", "u-1").Select(e => e.Text));
        Assert.Empty(_store.Read("oa-2", "u-2"));
    }

    [Fact]
    public async Task UnknownDirectionIsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Append("u-1", "sideways", "x"));
    }

    [Fact]
    public void RetentionCutoffFollowsTheConfiguredDays()
    {
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(ManualClock.DefaultStart + TimeSpan.FromDays(1) - TimeSpan.FromDays(30), _store.RetentionCutoff());
    }
}
