using System.Text;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Storage;

/// <summary>The WAL is folded in and truncated on request, and a reader in the way makes it wait, not the writer.</summary>
public sealed class WalTrimTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly WalTrim _trim;

    public WalTrimTests()
    {
        _trim = new WalTrim(_database.Connections, TimeProvider.System, NullLogger<WalTrim>.Instance);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private string Wal => _database.Connections.DataSource + "-wal";

    [Fact]
    public async Task WordsRedactedFromARowLeaveTheWalWhenItIsTrimmed()
    {
        await _database.Writer.WriteAsync((c, t) => c.Execute(
            "INSERT INTO audit_log (at, actor, action, detail) VALUES (1, 'test', 'x', 'QZWALMARK9')", transaction: t));
        await _database.Writer.WriteAsync((c, t) => c.Execute("UPDATE audit_log SET detail = '' WHERE actor = 'test'", transaction: t));
        Assert.True(Holds(Wal, "QZWALMARK9"), "the test needs the marker in the WAL to begin with");

        Assert.True(_trim.Trim());

        Assert.Equal(0, new FileInfo(Wal).Length);
        Assert.False(Holds(_database.Connections.DataSource, "QZWALMARK9"));
    }

    [Fact]
    public async Task AReaderInTheWayMakesTheTrimReportBusyWhileTheWriterGoesOn()
    {
        await _database.Writer.WriteAsync((c, t) => c.Execute("INSERT INTO audit_log (at, actor, action) VALUES (1, 'test', 'x')", transaction: t));
        using var reader = _database.Connections.Open();
        using var snapshot = reader.BeginTransaction(deferred: true);
        reader.ExecuteScalar<long>("SELECT count(*) FROM audit_log", transaction: snapshot);
        await _database.Writer.WriteAsync((c, t) => c.Execute("INSERT INTO audit_log (at, actor, action) VALUES (2, 'test', 'y')", transaction: t));

        Assert.False(_trim.Trim());
        // The writer is not held up behind the waiting checkpoint.
        await _database.Writer.WriteAsync((c, t) => c.Execute("INSERT INTO audit_log (at, actor, action) VALUES (3, 'test', 'z')", transaction: t))
            .WaitAsync(TimeSpan.FromSeconds(5));
        snapshot.Commit();
        Assert.True(_trim.Trim());
    }

    private static bool Holds(string file, string marker) =>
        File.ReadAllBytes(file).AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)) >= 0;
}
