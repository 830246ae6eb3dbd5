using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

/// <summary>The migration that lets inbox rows be stale rebuilds the table: every row and id stays.</summary>
public sealed class InboxStaleMigrationTests : IDisposable
{
    private const int Rebuild = 12;

    private readonly TempFolder _folder = new();
    private readonly SqliteConnectionFactory _connections;

    public InboxStaleMigrationTests()
    {
        _connections = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={_folder.File("chat.db")}",
            Synchronous = "NORMAL",
        }));
    }

    [Fact]
    public void RowsStoredBeforeKeepTheirIdsAndStatusAndStaleIsAccepted()
    {
        using (var connection = _connections.OpenForWriting())
        {
            OlderSchema.Apply(connection, before: Rebuild);
            connection.Execute("""
                INSERT INTO inbox_messages (id, oa_id, user_id, event_name, dedup_key, body, received_at, status, attempts, handled_at, error)
                VALUES (7, 'oa', 'u', 'user_send_text', 'k-7', '{"a":1}', 100, 'done', 1, 200, NULL),
                       (9, 'oa', 'u', 'user_send_text', 'k-9', '{}', 300, 'failed', 3, 400, 'boom')
                """);
        }

        new Migrator(_connections, NullLogger<Migrator>.Instance).Migrate();

        using var migrated = _connections.Open();
        // A later migration keeps of a handled row only what deduplication needs: the done row loses its handled time.
        Assert.Equal(
            [(7L, Migrator.Sha256Hex("k-7"), "done", 1L, (long?)null, (string?)null), (9L, Migrator.Sha256Hex("k-9"), "failed", 3L, 400, "boom")],
            migrated.Query<(long, string, string, long, long?, string?)>("SELECT id, dedup_key, status, attempts, handled_at, error FROM inbox_messages ORDER BY id"));
        migrated.Execute("INSERT INTO inbox_messages (oa_id, user_id, event_name, dedup_key, body, received_at, status) VALUES ('oa', 'u', 'user_send_text', 'k-10', '{}', 500, 'stale')");
        Assert.Equal(10, migrated.ExecuteScalar<long>("SELECT id FROM inbox_messages WHERE dedup_key = 'k-10'"));
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => migrated.Execute(
            "INSERT INTO inbox_messages (oa_id, user_id, event_name, dedup_key, body, received_at, status) VALUES ('oa', 'u', 'e', 'k-11', '{}', 1, 'k-7')"));
        // The resident index went later, with the residents of handled rows.
        Assert.Equal(2, migrated.ExecuteScalar<long>(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'inbox_messages' AND name IN ('ux_inbox_dedup', 'ix_inbox_pending')"));
    }

    public void Dispose()
    {
        TestDatabase.ReleaseFiles(_connections);
        _folder.Dispose();
    }
}
