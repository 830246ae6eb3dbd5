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
}
