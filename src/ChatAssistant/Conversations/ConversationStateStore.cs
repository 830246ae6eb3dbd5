using System.Security.Cryptography;
using System.Text.Json;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Conversations;

/// <summary>Conversation state in SQLite, saved only over the version it was loaded at.</summary>
/// <remarks>
/// A version is a random number drawn at each save, not a count: a count of turns would also count the turns of a
/// private flow, which leave nothing else behind. The row keeps no time of its own for the same reason.
/// </remarks>
public sealed class ConversationStateStore(SqliteConnectionFactory connections)
{
    private const string SelectState = """
        SELECT data, version, private_entry FROM conversation_states WHERE oa_id = @oaId AND user_id = @userId
        """;

    public StoredConversation Load(string oaId, string userId)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<(string Data, long Version, string? PrivateEntry)?>(SelectState, new { oaId, userId });
        return row is { } found
            ? new StoredConversation(JsonSerializer.Deserialize<ConversationState>(found.Data) ?? new ConversationState(), found.Version)
            {
                PrivateEntry = found.PrivateEntry is { } entry ? JsonSerializer.Deserialize<PrivateFlowEntry>(entry) : null,
            }
            : new StoredConversation(new ConversationState(), 0);
    }

    private const string InsertState = """
        INSERT INTO conversation_states (oa_id, user_id, data, version, private_entry)
        VALUES (@oaId, @userId, @data, @version, @entry)
        ON CONFLICT (oa_id, user_id) DO NOTHING
        """;

    private const string UpdateState = """
        UPDATE conversation_states
        SET data = @data, version = @version, private_entry = @entry
        WHERE oa_id = @oaId AND user_id = @userId AND version = @expectedVersion
        """;

    /// <summary>Part of the turn's transaction. Throws <see cref="StateConflictException"/> when another turn saved first.</summary>
    /// <returns>The version saved, which the next save must find.</returns>
    public static long Save(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, StoredConversation loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var data = JsonSerializer.Serialize(loaded.State);
        var entry = loaded.PrivateEntry is { } kept ? JsonSerializer.Serialize(kept) : null;
        // Prepared statements: this runs for every turn on the writer, where SQL parsing measured as the main cost.
        var version = NewVersion();
        var changed = loaded.Version == 0
            ? connection.ExecutePrepared(transaction, InsertState, ("oaId", oaId), ("userId", userId), ("data", data), ("version", version), ("entry", entry))
            : connection.ExecutePrepared(transaction, UpdateState,
                ("oaId", oaId), ("userId", userId), ("data", data), ("version", version), ("entry", entry), ("expectedVersion", loaded.Version));
        if (changed != 1)
        {
            throw new StateConflictException("conversation_states", oaId, userId, loaded.Version);
        }
        return version;
    }

    private const string DeleteState = """
        DELETE FROM conversation_states WHERE oa_id = @oaId AND user_id = @userId AND version = @expectedVersion
        """;

    /// <summary>Part of the turn's transaction: the resident had no conversation before, and has none again.</summary>
    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, StoredConversation loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Version != 0
            && connection.Execute(DeleteState, new { oaId, userId, expectedVersion = loaded.Version }, transaction) != 1)
        {
            throw new StateConflictException("conversation_states", oaId, userId, loaded.Version);
        }
    }

    // Never 0, which means "no row yet".
    private static long NewVersion() => RandomNumberGenerator.GetInt32(1, int.MaxValue) * (long)int.MaxValue + RandomNumberGenerator.GetInt32(int.MaxValue);
}
