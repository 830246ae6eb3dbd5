using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Officers;

/// <summary>The audit table: who did what, when, on which account and subject.</summary>
/// <remarks>
/// Rows are kept as long as the database: audit outlives transcripts on purpose. So <c>detail</c> must never
/// carry personal data (a resident's words, a phone number, a key): ids and counts only.
/// </remarks>
public sealed class AuditLog(SqliteWriter writer, TimeProvider clock)
{
    /// <summary>The actor of what the service does on its own (retention, time-outs).</summary>
    public const string SystemActor = "system";

    private const string InsertEntry = """
        INSERT INTO audit_log (at, officer_id, actor, action, oa_id, subject, detail)
        VALUES (@at, @officerId, @actor, @action, @oaId, @subject, @detail)
        """;

    /// <summary>Writes inside the caller's transaction, so the action and its record commit together.</summary>
    public void Write(
        SqliteConnection connection, SqliteTransaction transaction,
        long? officerId, string actor, string action, string? oaId, string? subject, string? detail)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute(InsertEntry, new
        {
            at = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            officerId,
            actor,
            action,
            oaId,
            subject,
            detail,
        }, transaction);
    }

    /// <summary>Writes in a transaction of its own, for actions that change nothing else.</summary>
    public Task WriteAsync(long? officerId, string actor, string action, string? oaId, string? subject, string? detail) =>
        writer.WriteAsync((connection, transaction) => Write(connection, transaction, officerId, actor, action, oaId, subject, detail));

    // The bootstrap admin has no officer id: its entries are told apart by the actor's name.
    private const string SelectRecent = """
        SELECT EXISTS (
            SELECT 1 FROM audit_log
            WHERE oa_id = @oaId AND at > @since AND action = @action AND subject = @subject
              AND officer_id IS @officerId AND (@officerId IS NOT NULL OR actor = @actor))
        """;

    /// <summary>
    /// Writes the entry unless the same officer's entry of the same action, account and subject is younger than
    /// <paramref name="window"/>; true when it wrote one. For an action that comes in bursts meaning one thing: a
    /// video player fetches one file in dozens of ranges, and a log with a row for each would hide what it records.
    /// </summary>
    /// <remarks>Checked and written in one transaction of the single writer, so requests racing each other still write one row.</remarks>
    public Task<bool> WriteOnceWithinAsync(TimeSpan window, long? officerId, string actor, string action, string oaId, string subject) =>
        writer.WriteAsync((connection, transaction) =>
        {
            var since = (clock.GetUtcNow() - window).ToUnixTimeMilliseconds();
            if (connection.ExecuteScalar<bool>(SelectRecent, new { oaId, since, action, subject, officerId, actor }, transaction))
            {
                return false;
            }
            Write(connection, transaction, officerId, actor, action, oaId, subject, detail: null);
            return true;
        });
}
