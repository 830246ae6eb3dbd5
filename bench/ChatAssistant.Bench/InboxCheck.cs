using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bench;

/// <summary>What the database held after the host was killed.</summary>
internal sealed record InboxCount(long Rows, long Done, long Pending, long OutboxSent, long AcknowledgedMissing);

/// <summary>Reads the host's SQLite file after the host is gone (SQLite replays the WAL on open).</summary>
internal static class InboxCheck
{
    /// <param name="acknowledgedMessageIds">msg_ids answered 200: each must have its row.</param>
    public static InboxCount Count(string databasePath, IReadOnlyCollection<string> acknowledgedMessageIds)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();

        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var rows = Scalar("SELECT count(*) FROM inbox_messages");
        var done = Scalar("SELECT count(*) FROM inbox_messages WHERE status = 'done'");
        var pending = Scalar("SELECT count(*) FROM inbox_messages WHERE status = 'pending'");
        var sent = Scalar("SELECT count(*) FROM outbox_messages WHERE status = 'sent'");

        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT dedup_key FROM inbox_messages";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }
        // WebhookIntake keys a message on "<event_name>:<msg_id>"; the inbox stores the key's SHA-256.
        var missing = acknowledgedMessageIds.LongCount(id => !stored.Contains(Sha256Hex("user_send_text:" + id)));
        return new InboxCount(rows, done, pending, sent, missing);
    }

    private static string Sha256Hex(string value) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));
}
