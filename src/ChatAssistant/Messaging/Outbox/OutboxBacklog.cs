using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>What waits in the outbox, and since when: the health check and the metrics read it.</summary>
public sealed class OutboxBacklog(SqliteConnectionFactory connections)
{
    // Both run on the partial index of open rows. Ids grow with time (rows are closed, never deleted), so the first open
    // id is the oldest unsent row without reading every open row's time.
    private const string SelectWaiting = """
        SELECT count(*) FROM outbox_messages WHERE status IN ('pending', 'sending');
        SELECT created_at FROM outbox_messages WHERE status IN ('pending', 'sending') ORDER BY id LIMIT 1;
        """;

    public OutboxWaiting Read()
    {
        using var connection = connections.Open();
        using var results = connection.QueryMultiple(SelectWaiting);
        var count = results.ReadSingle<long>();
        var oldest = results.ReadSingleOrDefault<long?>();
        return new OutboxWaiting(count, oldest is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }
}
