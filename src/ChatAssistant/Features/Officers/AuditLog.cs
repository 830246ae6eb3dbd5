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
}
