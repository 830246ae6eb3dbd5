using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bench;

/// <summary>
/// Diagnosis (<c>--writer-probe</c>): what one inbox insert costs the single database writer, the
/// way <c>SqliteWriter</c> + <c>MessageInbox</c> do it now and with the two changes the bench suggests.
/// One thread, batches of 64 (the batch size seen under load), the service's schema and pragmas.
/// </summary>
internal static class WriterProbe
{
    // Same statement as MessageInbox.InsertIncoming (src/ChatAssistant/Messaging/Inbox/MessageInbox.cs).
    private const string InsertIncoming = """
        INSERT INTO inbox_messages (oa_id, user_id, event_name, dedup_key, body, received_at, status)
        VALUES (@OaId, @UserId, @EventName, @DedupKey, @Body, @receivedAt, @Status)
        ON CONFLICT (oa_id, dedup_key) DO NOTHING
        RETURNING id
        """;

    private sealed record Variant(string Name, bool Savepoints, bool Prepared, string Synchronous);

    public static string Run(string repoRoot, string workDir, int batches, Action<string> log)
    {
        var schema = File.ReadAllText(Path.Combine(repoRoot, "src", "ChatAssistant", "Storage", "Migrations", "0001_messaging.sql"));
        var variants = new[]
        {
            new Variant("as now: Dapper (statement prepared per call), SAVEPOINT/RELEASE per write, synchronous=FULL", true, false, "FULL"),
            new Variant("as now but synchronous=OFF (no fsync: the CPU part alone)", true, false, "OFF"),
            new Variant("no savepoints, Dapper", false, false, "FULL"),
            new Variant("savepoints, one prepared command reused", true, true, "FULL"),
            new Variant("no savepoints, one prepared command reused", false, true, "FULL"),
        };
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Writer probe: {batches} batches of 64 inbox inserts on one thread (WAL, the service's schema):");
        md.AppendLine();
        md.AppendLine("| variant | inserts/s | µs per insert |");
        md.AppendLine("| --- | ---: | ---: |");
        foreach (var variant in variants)
        {
            // Twice: the first run warms the JIT and the file system; the second is reported.
            RunOne(variant, schema, workDir, Math.Max(10, batches / 5));
            var (rate, micros) = RunOne(variant, schema, workDir, batches);
            log(string.Create(CultureInfo.InvariantCulture, $"  {variant.Name}: {rate:N0} inserts/s, {micros:F1} µs each"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {variant.Name} | {rate:N0} | {micros:F1} |");
        }
        return md.ToString();
    }

    private static (double Rate, double Micros) RunOne(Variant variant, string schema, string workDir, int batches)
    {
        var path = Path.Combine(workDir, $"probe-{Guid.NewGuid():N}.db");
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true };
        (double Rate, double Micros) result;
        using (var connection = new SqliteConnection(builder.ToString()))
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL;");
            connection.Execute($"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {variant.Synchronous};");
            connection.Execute(schema);

            var body = """{"app_id":"360846524940903967","sender":{"id":"700000000000000001"},"user_id_by_app":"700000000000000001","recipient":{"id":"388613280878808645"},"event_name":"user_send_text","message":{"text":"xin chào","msg_id":"0000000000000000000"},"timestamp":"1732240815123"}""";
            using var prepared = connection.CreateCommand();
            prepared.CommandText = InsertIncoming;
            foreach (var name in new[] { "@OaId", "@UserId", "@EventName", "@DedupKey", "@Body", "@receivedAt", "@Status" })
            {
                prepared.Parameters.Add(new SqliteParameter(name, null));
            }

            var n = 0;
            var started = Stopwatch.GetTimestamp();
            for (var b = 0; b < batches; b++)
            {
                using var transaction = connection.BeginTransaction();
                if (variant.Prepared)
                {
                    prepared.Transaction = transaction;
                }
                for (var i = 0; i < 64; i++, n++)
                {
                    if (variant.Savepoints)
                    {
                        transaction.Save("w");
                    }
                    var userId = (700_000_000_000_000_000L + (n % 1000)).ToString(CultureInfo.InvariantCulture);
                    var dedupKey = "user_send_text:" + n.ToString("x8", CultureInfo.InvariantCulture);
                    var receivedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    if (variant.Prepared)
                    {
                        prepared.Parameters[0].Value = "388613280878808645";
                        prepared.Parameters[1].Value = userId;
                        prepared.Parameters[2].Value = "user_send_text";
                        prepared.Parameters[3].Value = dedupKey;
                        prepared.Parameters[4].Value = body;
                        prepared.Parameters[5].Value = receivedAt;
                        prepared.Parameters[6].Value = "pending";
                        _ = prepared.ExecuteScalar();
                    }
                    else
                    {
                        _ = connection.ExecuteScalar<long?>(InsertIncoming, new
                        {
                            OaId = "388613280878808645",
                            UserId = userId,
                            EventName = "user_send_text",
                            DedupKey = dedupKey,
                            Body = body,
                            receivedAt,
                            Status = "pending",
                        }, transaction);
                    }
                    if (variant.Savepoints)
                    {
                        transaction.Release("w");
                    }
                }
                transaction.Commit();
            }
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            result = (n / seconds, seconds * 1e6 / n);
        }
        File.Delete(path);
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
        return result;
    }
}
