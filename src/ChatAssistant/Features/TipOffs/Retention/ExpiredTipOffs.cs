using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Retention;

/// <summary>The SQL of retention: reports closed before a cutoff, their evidence files, and their deletion with its audit row.</summary>
internal sealed class ExpiredTipOffs(SqliteConnectionFactory connections, AuditLog audit)
{
    public const string DeletedAction = "tipoff.deleted";

    // The status as well as closed_at: a report reopened after closing is open, whatever its closed_at still says.
    private const string Expired = $"""
        WHERE closed_at < @cutoff AND status IN ('{TipOffStatus.Handled}', '{TipOffStatus.Transferred}', '{TipOffStatus.Rejected}')
        """;

    private const string SelectBatch = $"""
        SELECT id AS Id, oa_id AS OaId FROM tipoffs
        {Expired} AND id > @after
        ORDER BY id LIMIT @limit
        """;

    /// <summary>Up to <paramref name="limit"/> reports closed before <paramref name="cutoff"/> (unix ms), after id <paramref name="after"/>.</summary>
    public List<ExpiredTipOff> Select(long cutoff, long after, int limit)
    {
        using var connection = connections.Open();
        return connection.Query<ExpiredTipOff>(SelectBatch, new { cutoff, after, limit }).AsList();
    }

    private const string SelectFiles = """
        SELECT file_name FROM tipoff_evidence WHERE tipoff_id = @id AND file_name IS NOT NULL
        """;

    public List<string> FilesOf(long id)
    {
        using var connection = connections.Open();
        return connection.Query<string>(SelectFiles, new { id }).AsList();
    }

    private const string DeleteOne = $"""
        DELETE FROM tipoffs {Expired} AND id = @id
        """;

    private const string CountRelated = """
        SELECT (SELECT count(*) FROM tipoff_notes WHERE tipoff_id = @id),
               (SELECT count(*) FROM tipoff_evidence WHERE tipoff_id = @id)
        """;

    /// <summary>
    /// Deletes the report (its notes and evidence rows go by ON DELETE CASCADE) and audits it, in the caller's transaction;
    /// false when it was reopened meanwhile. <paramref name="files"/> is how many evidence files were shredded for it.
    /// </summary>
    public bool Delete(SqliteConnection connection, SqliteTransaction transaction, ExpiredTipOff report, int files, long cutoff)
    {
        var (notes, evidence) = connection.QuerySingle<(long, long)>(CountRelated, new { id = report.Id }, transaction);
        if (connection.Execute(DeleteOne, new { id = report.Id, cutoff }, transaction) == 0)
        {
            return false;
        }
        audit.Write(connection, transaction, null, AuditLog.SystemActor, DeletedAction, report.OaId,
            subject: report.Id.ToString(CultureInfo.InvariantCulture),
            detail: string.Create(CultureInfo.InvariantCulture, $"notes={notes}; evidence={evidence}; files={files}"));
        return true;
    }

    /// <summary>
    /// Copies the WAL into the database file and empties it; false when a reader kept part of it. Not a write of its own, and
    /// it cannot run inside the writer's transaction, so it runs on a connection of its own, waiting up to the busy timeout.
    /// </summary>
    public bool Checkpoint()
    {
        using var connection = connections.OpenForWriting();
        var (busy, _, _) = connection.QuerySingle<(long, long, long)>("PRAGMA wal_checkpoint(TRUNCATE)");
        return busy == 0;
    }
}
