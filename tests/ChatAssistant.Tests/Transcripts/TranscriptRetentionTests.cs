using ChatAssistant.Features.Officers;
using ChatAssistant.Testing;
using ChatAssistant.Transcripts;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Transcripts;

public sealed class TranscriptRetentionTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private TranscriptStore _store = null!;
    private TranscriptRetention _retention = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _store = new TranscriptStore(_db.Connections, _clock, Options.Create(new TranscriptOptions { RetentionDays = 90 }));
        _retention = new TranscriptRetention(
            _db.Writer, _store, new AuditLog(_db.Writer, _clock), _clock, NullLogger<TranscriptRetention>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _retention.Dispose();
        await _db.DisposeAsync();
    }

    private Task<long> Append(string text) =>
        _db.Writer.WriteAsync((c, t) => _store.Append(c, t, "oa-1", "u-1", TranscriptDirections.In, text));

    private T Scalar<T>(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<T>(sql)!;
    }

    [Fact]
    public async Task OnlyLinesOlderThanRetentionAreDeletedAndThePurgeIsAudited()
    {
        await Append("cũ 1");
        await Append("cũ 2");
        _clock.Advance(TimeSpan.FromDays(60));
        await Append("vừa");
        _clock.Advance(TimeSpan.FromDays(31));

        var deleted = await _retention.PurgeAsync();

        Assert.Equal(2, deleted);
        Assert.Equal(["vừa"], _store.Read("oa-1", "u-1").Select(e => e.Text));
        Assert.Equal("system|transcripts.purge", Scalar<string>("SELECT actor || '|' || action FROM audit_log"));
        Assert.StartsWith("deleted=2;", Scalar<string>("SELECT detail FROM audit_log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingToDeleteWritesNoAuditRow()
    {
        await Append("mới");

        Assert.Equal(0, await _retention.PurgeAsync());
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM audit_log"));
        Assert.Single(_store.Read("oa-1", "u-1"));
    }

    [Fact]
    public async Task LargeBacklogIsDeletedInSeveralWritesToTheEnd()
    {
        await _db.Writer.WriteAsync((c, t) =>
        {
            for (var i = 0; i < 4500; i++)
            {
                _store.Append(c, t, "oa-1", $"u-{i % 7}", TranscriptDirections.Out, "cũ");
            }
        });
        _clock.Advance(TimeSpan.FromDays(91));

        Assert.Equal(4500, await _retention.PurgeAsync());
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM transcript_entries"));
    }

    [Fact]
    public async Task ServicePurgesAtStart()
    {
        await Append("cũ");
        _clock.Advance(TimeSpan.FromDays(100));

        await _retention.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Scalar<long>("SELECT count(*) FROM transcript_entries") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        await _retention.StopAsync(CancellationToken.None);

        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM transcript_entries"));
    }
}
