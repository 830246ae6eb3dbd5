using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Storage;

/// <summary>
/// The migration after which a private flow leaves no trace also clears what earlier builds left: counts of turns,
/// handled inbox rows naming residents, delivered replies keyed by the inbox id of their turn.
/// </summary>
public sealed class PrivateFlowsMigrationTests : IDisposable
{
    private const int Migration = 17;

    private readonly TempFolder _folder = new();
    private readonly SqliteConnectionFactory _connections;

    public PrivateFlowsMigrationTests()
    {
        _connections = new SqliteConnectionFactory(Options.Create(new StorageOptions
        {
            ConnectionString = $"Data Source={_folder.File("chat.db")}",
            Synchronous = "NORMAL",
        }));
    }

    [Fact]
    public void CountsOfTurnsAndHandledRowsNamingResidentsAreGoneAndWhatIsStillToDoKeepsItsResident()
    {
        using (var connection = _connections.OpenForWriting())
        {
            OlderSchema.Apply(connection, before: Migration);
            connection.Execute("""
                INSERT INTO inbox_messages (id, oa_id, user_id, event_name, dedup_key, body, received_at, status, attempts, handled_at)
                VALUES (7, 'oa', 'u-1', 'user_send_image', 'k-7', '{}', 3600000 + 1234, 'done', 1, 3600000 + 2345),
                       (8, 'oa', 'u-1', 'user_send_text', 'k-8', '{"text":"hi"}', 3600000 + 5678, 'pending', 0, NULL);
                INSERT INTO outbox_messages (oa_id, user_id, idempotency_key, kind, body, created_at, status, next_attempt_at, sent_at)
                VALUES ('oa', 'u-1', 'turn:7:0.0', 'Text', '{"text":"Chào"}', 3600000 + 3000, 'sent', 3600000 + 3000, 3600000 + 3100),
                       ('oa', 'u-1', 'turn:8:0.0', 'Text', '{"text":"Chào"}', 3600000 + 6000, 'pending', 3600000 + 6000, NULL),
                       ('oa', 'u-1', 'reminder:3:day-before:0.0', 'Text', '{"text":"Mai"}', 3600000 + 7000, 'sent', 3600000 + 7000, 3600000 + 7100);
                INSERT INTO conversation_states (oa_id, user_id, data, version, updated_at) VALUES ('oa', 'u-1', '{}', 12, 3600000 + 2345);
                INSERT INTO residents (oa_id, user_id, following, last_interaction_at, version, updated_at) VALUES ('oa', 'u-1', 1, 3600000 + 1234, 12, 3600000 + 1234);
                """);
        }

        new Migrator(_connections, NullLogger<Migrator>.Instance).Migrate();

        using var migrated = _connections.Open();
        // The handled row keeps what deduplication needs; the pending one is still to be answered, as it was.
        Assert.Equal(
            [(7L, "", "user_send", 3600000L, (long?)null), (8L, "u-1", "user_send_text", 3600000L + 5678, null)],
            migrated.Query<(long, string, string, long, long?)>("SELECT id, user_id, event_name, received_at, handled_at FROM inbox_messages ORDER BY id"));
        // The delivered reply forgot its resident, words and exact times, and its key no longer names its turn;
        // the one still waiting keeps what it needs to be sent; the reminder is no reply and keeps its record.
        var replies = migrated.Query<(string Key, string UserId, string Body, long CreatedAt)>(
            "SELECT idempotency_key AS Key, user_id AS UserId, body AS Body, created_at AS CreatedAt FROM outbox_messages ORDER BY id").AsList();
        Assert.Equal(("(forgotten)", "{}", 3600000L), (replies[0].UserId, replies[0].Body, replies[0].CreatedAt));
        Assert.Matches("^turn:[0-9a-f]{24}$", replies[0].Key);
        Assert.Equal(("turn:8:0.0", "u-1"), (replies[1].Key, replies[1].UserId));
        Assert.Equal(("reminder:3:day-before:0.0", "u-1", "{\"text\":\"Mai\"}"), (replies[2].Key, replies[2].UserId, replies[2].Body));
        // No count of turns is left, and no column of either table holds one.
        Assert.NotEqual(12, migrated.ExecuteScalar<long>("SELECT version FROM conversation_states"));
        Assert.Equal(0, migrated.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_info('residents') WHERE name = 'version'"));
        Assert.Equal(0, migrated.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_info('conversation_states') WHERE name = 'updated_at'"));
    }

    public void Dispose()
    {
        TestDatabase.ReleaseFiles(_connections);
        _folder.Dispose();
    }
}
