using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

/// <summary>The migration that stops the inbox keeping words: handled rows lose their bodies, every key is hashed, and redeliveries are still found.</summary>
public sealed class InboxScrubMigrationTests : IDisposable
{
    private const int Scrub = 15;

    private readonly TempFolder _folder = new();
    private readonly SqliteConnectionFactory _connections;

    public InboxScrubMigrationTests()
    {
        _connections = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={_folder.File("chat.db")}",
            Synchronous = "NORMAL",
        }));
    }

    [Fact]
    public async Task HandledRowsLoseTheirBodiesPendingOnesKeepThemAndTheHashedKeysStillDropRedeliveries()
    {
        using (var connection = _connections.OpenForWriting())
        {
            OlderSchema.Apply(connection, before: Scrub);
            connection.Execute("""
                INSERT INTO inbox_messages (id, oa_id, user_id, event_name, dedup_key, body, received_at, status, attempts, handled_at, error)
                VALUES (3, 'oa', 'u', 'user_send_text', 'user_send_text:m-3', '{"text":"0912345678"}', 100, 'done', 1, 200, NULL),
                       (4, 'oa', 'u', 'user_send_text', 'user_send_text:m-4', '{"text":"0987654321"}', 300, 'failed', 3, 400, 'boom'),
                       (5, 'oa', 'u', 'user_send_text', 'user_send_text:m-5', '{"text":"still to answer"}', 500, 'pending', 0, NULL, NULL)
                """);
        }

        new Migrator(_connections, NullLogger<Migrator>.Instance).Migrate();

        using (var migrated = _connections.Open())
        {
            Assert.Equal(
                [(3L, "{}", "done"), (4L, "{}", "failed"), (5L, """{"text":"still to answer"}""", "pending")],
                migrated.Query<(long, string, string)>("SELECT id, body, status FROM inbox_messages ORDER BY id"));
            Assert.Equal(0, migrated.ExecuteScalar<long>("SELECT count(*) FROM inbox_messages WHERE dedup_key LIKE '%m-%'"));
        }
        var clock = new ManualClock();
        await using var writer = new SqliteWriter(_connections, Options.Create(new StorageOptions()), NullLogger<SqliteWriter>.Instance, clock);
        var inbox = new MessageInbox(writer, _connections, clock);
        Assert.Null(await inbox.StoreIncomingAsync(new IncomingEvent("oa", "u", "user_send_text", "user_send_text:m-3", "{}", InboxStatus.Pending)));
        Assert.Null(await inbox.StoreIncomingAsync(new IncomingEvent("oa", "u", "user_send_text", "user_send_text:m-5", "{}", InboxStatus.Pending)));
    }

    public void Dispose()
    {
        TestDatabase.ReleaseFiles(_connections);
        _folder.Dispose();
    }
}
