using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant;

/// <summary>Whether the service can take and answer messages: database reachable, background loops alive.</summary>
public sealed class ServiceHealth(
    DatabaseInitializer database,
    SqliteConnectionFactory connections,
    SqliteWriter writer,
    InboxDispatcher dispatcher,
    OutboxSender sender)
{
    /// <summary>Names the parts that are down; empty when all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!database.IsReady)
        {
            problems.Add("database not migrated yet");
        }
        else
        {
            try
            {
                using var connection = connections.Open();
                connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migrations");
            }
            catch (SqliteException ex)
            {
                problems.Add($"database unreachable: {ex.SqliteErrorCode}");
            }
        }
        if (!writer.IsRunning)
        {
            problems.Add("database writer stopped");
        }
        if (!dispatcher.IsRunning)
        {
            problems.Add("inbox dispatcher not running");
        }
        if (!sender.IsRunning)
        {
            problems.Add("outbox sender not running");
        }
        return problems;
    }
}
