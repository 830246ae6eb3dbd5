using System.Text.Json;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Conversations;

/// <summary>Conversation state in SQLite, saved only over the version it was loaded at.</summary>
public sealed class ConversationStateStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    private const string SelectState = """
        SELECT data, version FROM conversation_states WHERE oa_id = @oaId AND user_id = @userId
        """;

    public StoredConversation Load(string oaId, string userId)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<(string Data, long Version)?>(SelectState, new { oaId, userId });
        return row is { } found
            ? new StoredConversation(JsonSerializer.Deserialize<ConversationState>(found.Data) ?? new ConversationState(), found.Version)
            : new StoredConversation(new ConversationState(), 0);
    }

    private const string InsertState = """
        INSERT INTO conversation_states (oa_id, user_id, data, version, updated_at)
        VALUES (@oaId, @userId, @data, 1, @now)
        ON CONFLICT (oa_id, user_id) DO NOTHING
        """;

    private const string UpdateState = """
        UPDATE conversation_states
        SET data = @data, version = version + 1, updated_at = @now
        WHERE oa_id = @oaId AND user_id = @userId AND version = @expectedVersion
        """;

    /// <summary>Part of the turn's transaction. Throws <see cref="StateConflictException"/> when another turn saved first.</summary>
    /// <param name="at">When to record the save; by default now.</param>
    public void Save(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, StoredConversation loaded, DateTimeOffset? at = null)
    {
        var data = JsonSerializer.Serialize(loaded.State);
        var now = (at ?? clock.GetUtcNow()).ToUnixTimeMilliseconds();
        // Prepared statements: this runs for every turn on the writer, where SQL parsing measured as the main cost.
        var changed = loaded.Version == 0
            ? connection.ExecutePrepared(transaction, InsertState, ("oaId", oaId), ("userId", userId), ("data", data), ("now", now))
            : connection.ExecutePrepared(transaction, UpdateState,
                ("oaId", oaId), ("userId", userId), ("data", data), ("now", now), ("expectedVersion", loaded.Version));
        if (changed != 1)
        {
            throw new StateConflictException("conversation_states", oaId, userId, loaded.Version);
        }
    }
}
