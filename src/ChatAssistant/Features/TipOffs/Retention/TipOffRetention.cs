using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Retention;

/// <summary>
/// At start and then hourly, deletes reports closed more than <see cref="TipOffOptions.RetentionDays"/> ago with
/// their timeline and evidence (issue 6, point 8): the evidence files shredded first, then the rows, each report audited.
/// </summary>
/// <remarks>
/// Writing connections run with <c>secure_delete</c>, so the deleted rows are overwritten in the pages that held
/// them; the WAL, which still holds earlier copies of those pages, is then checkpointed and truncated.
/// </remarks>
public sealed partial class TipOffRetention(
    SqliteConnectionFactory connections,
    SqliteWriter writer,
    AuditLog audit,
    IOptions<TipOffOptions> options,
    TimeProvider clock,
    ILogger<TipOffRetention> logger,
    IEvidenceFiles? files = null) : BackgroundService
{
    public const string DeletedAction = "tipoff.deleted";

    private static readonly TimeSpan RunEvery = TimeSpan.FromHours(1);

    // A few reports per write, so webhook and chat writes get their turn in between.
    private const int ReportsPerWrite = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RunEvery, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next hour tries again; a failed purge must not stop the host.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Deletes every report past retention whose evidence files could be shredded; returns how many went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        // One cutoff for the whole purge, so it ends even while more reports keep ageing past it.
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var cutoffMs = cutoff.ToUnixTimeMilliseconds();
        var deleted = 0;
        var after = 0L;
        List<ExpiredTipOff> batch;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch = SelectExpired(cutoffMs, after);
            if (batch.Count == 0)
            {
                break;
            }
            after = batch[^1].Id;
            var shredded = new List<(ExpiredTipOff Report, int Files)>(batch.Count);
            foreach (var report in batch)
            {
                if (await ShredEvidenceAsync(report.Id, cancellationToken).ConfigureAwait(false) is { } count)
                {
                    shredded.Add((report, count));
                }
            }
            deleted += await writer.WriteAsync((connection, transaction) =>
            {
                var count = 0;
                foreach (var (report, files) in shredded)
                {
                    count += Delete(connection, transaction, report, files, cutoffMs) ? 1 : 0;
                }
                return count;
            }).ConfigureAwait(false);
        }
        while (batch.Count == ReportsPerWrite);

        if (deleted > 0)
        {
            Checkpoint();
            LogDeleted(logger, deleted, cutoff);
        }
        return deleted;
    }

    // The status as well as closed_at: a report reopened after closing is open, whatever its closed_at says.
    private const string Expired = """
        WHERE closed_at < @cutoff AND status IN ('handled', 'transferred', 'rejected')
        """;

    private const string SelectExpiredSql = $"""
        SELECT id AS Id, oa_id AS OaId FROM tipoffs
        {Expired} AND id > @after
        ORDER BY id LIMIT @limit
        """;

    private List<ExpiredTipOff> SelectExpired(long cutoff, long after)
    {
        using var connection = connections.Open();
        return connection.Query<ExpiredTipOff>(SelectExpiredSql, new { cutoff, after, limit = ReportsPerWrite }).AsList();
    }

    private const string SelectFiles = """
        SELECT file_name FROM tipoff_evidence WHERE tipoff_id = @id AND file_name IS NOT NULL
        """;

    /// <summary>The number of files shredded; null when one could not be, so the report waits for the next run rather than orphan it.</summary>
    private async Task<int?> ShredEvidenceAsync(long id, CancellationToken cancellationToken)
    {
        List<string> names;
        using (var connection = connections.Open())
        {
            names = connection.Query<string>(SelectFiles, new { id }).AsList();
        }
        if (names.Count == 0)
        {
            return 0;
        }
        if (files is null)
        {
            LogNoEvidenceStore(logger, id, names.Count);
            return null;
        }
        var shredded = 0;
        foreach (var name in names)
        {
            try
            {
                shredded += await files.ShredAsync(name, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogShredFailed(logger, ex, id);
                return null;
            }
        }
        return shredded;
    }

    private const string DeleteSql = $"""
        DELETE FROM tipoffs {Expired} AND id = @id
        """;

    private const string CountRelated = """
        SELECT (SELECT count(*) FROM tipoff_notes WHERE tipoff_id = @id),
               (SELECT count(*) FROM tipoff_evidence WHERE tipoff_id = @id)
        """;

    /// <summary>Deletes one report (its notes and evidence rows go by ON DELETE CASCADE) and audits it, in the same transaction.</summary>
    private bool Delete(SqliteConnection connection, SqliteTransaction transaction, ExpiredTipOff report, int files, long cutoff)
    {
        var (notes, evidence) = connection.QuerySingle<(long, long)>(CountRelated, new { id = report.Id }, transaction);
        if (connection.Execute(DeleteSql, new { id = report.Id, cutoff }, transaction) == 0)
        {
            return false;
        }
        audit.Write(connection, transaction, null, AuditLog.SystemActor, DeletedAction, report.OaId,
            subject: report.Id.ToString(CultureInfo.InvariantCulture),
            detail: string.Create(CultureInfo.InvariantCulture, $"notes={notes}; evidence={evidence}; files={files}"));
        return true;
    }

    /// <summary>
    /// Copies the WAL into the database file and empties it. Not a write of its own, and it cannot run inside the
    /// writer's transaction, so it runs on a connection of its own; it waits for readers, up to the busy timeout.
    /// </summary>
    private void Checkpoint()
    {
        using var connection = connections.OpenForWriting();
        var (busy, _, _) = connection.QuerySingle<(long, long, long)>("PRAGMA wal_checkpoint(TRUNCATE)");
        if (busy != 0)
        {
            LogCheckpointBusy(logger);
        }
    }

    private sealed record ExpiredTipOff(long Id, string OaId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} tip-off reports closed before {Cutoff}")]
    private static partial void LogDeleted(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tip-off {TipOffId} is past retention but its {Files} evidence files cannot be shredded: no evidence store is registered; it is kept")]
    private static partial void LogNoEvidenceStore(ILogger logger, long tipOffId, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An evidence file of tip-off {TipOffId} could not be shredded; the report is kept until the next run")]
    private static partial void LogShredFailed(ILogger logger, Exception exception, long tipOffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The WAL could not be fully checkpointed after deleting tip-offs (a reader was busy); SQLite's next checkpoints will overwrite it")]
    private static partial void LogCheckpointBusy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting tip-offs past retention failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
