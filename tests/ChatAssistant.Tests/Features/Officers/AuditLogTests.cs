using ChatAssistant.Features.Officers;
using ChatAssistant.Testing;
using Dapper;

namespace ChatAssistant.Tests.Features.Officers;

public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task EntryIsWrittenWithTheClockTime()
    {
        var audit = new AuditLog(_db.Writer, _clock);

        await audit.WriteAsync(4, "Cán bộ A", "officer.disable", "oa-1", "9", null);

        using var connection = _db.Connections.Open();
        var row = connection.QuerySingle<(long At, long OfficerId, string Actor, string Action, string OaId, string Subject, string? Detail)>(
            "SELECT at, officer_id, actor, action, oa_id, subject, detail FROM audit_log");
        Assert.Equal((ManualClock.DefaultStart.ToUnixTimeMilliseconds(), 4L, "Cán bộ A", "officer.disable", "oa-1", "9", (string?)null), row);
    }

    [Fact]
    public async Task EntryWrittenInsideAFailedWriteIsRolledBackWithIt()
    {
        var audit = new AuditLog(_db.Writer, _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _db.Writer.WriteAsync((c, t) =>
        {
            audit.Write(c, t, null, AuditLog.SystemActor, "test", null, null, null);
            throw new InvalidOperationException("the action failed");
        }));

        using var connection = _db.Connections.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task RequestsRacingEachOtherWithinTheWindowWriteOneEntry()
    {
        var audit = new AuditLog(_db.Writer, _clock);

        var written = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            audit.WriteOnceWithinAsync(TimeSpan.FromMinutes(5), 4, "Cán bộ A", "tipoff.evidence.download", "oa-1", "12/3")));

        Assert.Equal(1, written.Count(w => w));
        Assert.Equal(1L, Entries("12/3"));
    }

    [Fact]
    public async Task AnEntryIsWrittenAgainOnceTheWindowHasPassedAndForEachOfficerAndSubjectApart()
    {
        var audit = new AuditLog(_db.Writer, _clock);
        var window = TimeSpan.FromMinutes(5);

        Assert.True(await audit.WriteOnceWithinAsync(window, 4, "Cán bộ A", "tipoff.evidence.download", "oa-1", "12/3"));
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await audit.WriteOnceWithinAsync(window, 4, "Cán bộ A", "tipoff.evidence.download", "oa-1", "12/3"));
        Assert.True(await audit.WriteOnceWithinAsync(window, 5, "Cán bộ B", "tipoff.evidence.download", "oa-1", "12/3"));
        Assert.True(await audit.WriteOnceWithinAsync(window, null, "bootstrap", "tipoff.evidence.download", "oa-1", "12/3"));
        Assert.True(await audit.WriteOnceWithinAsync(window, 4, "Cán bộ A", "tipoff.evidence.download", "oa-1", "12/4"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await audit.WriteOnceWithinAsync(window, 4, "Cán bộ A", "tipoff.evidence.download", "oa-1", "12/3"));

        Assert.Equal(4L, Entries("12/3"));
    }

    private long Entries(string subject)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM audit_log WHERE subject = @subject", new { subject });
    }
}
