using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
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
    IEvidenceFiles? files = null) : PeriodicPurge(clock, logger)
{
    public const string DeletedAction = ExpiredTipOffs.DeletedAction;

    // A few reports per write, so webhook and chat writes get their turn in between.
    private const int ReportsPerWrite = 100;

    private readonly ExpiredTipOffs _expired = new(connections, audit);

    /// <summary>Deletes every report past retention whose evidence files could be shredded; returns how many went.</summary>
    public override async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        // One cutoff for the whole purge, so it ends even while more reports keep ageing past it.
        var cutoff = Clock.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var cutoffMs = cutoff.ToUnixTimeMilliseconds();
        var deleted = 0;
        var after = 0L;
        List<ExpiredTipOff> batch;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch = _expired.Select(cutoffMs, after, ReportsPerWrite);
            if (batch.Count == 0)
            {
                break;
            }
            after = batch[^1].Id;
            // Files before rows: a row whose file is gone is harmless, a file whose row is gone would never be found again.
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
                    count += _expired.Delete(connection, transaction, report, files, cutoffMs) ? 1 : 0;
                }
                return count;
            }).ConfigureAwait(false);
        }
        while (batch.Count == ReportsPerWrite);

        if (deleted > 0)
        {
            if (!_expired.Checkpoint())
            {
                LogCheckpointBusy(Logger);
            }
            LogDeleted(Logger, deleted, cutoff);
        }
        return deleted;
    }

    /// <summary>The number of files shredded; null when one could not be, so the report waits for the next run rather than orphan it.</summary>
    private async Task<int?> ShredEvidenceAsync(long id, CancellationToken cancellationToken)
    {
        var names = _expired.FilesOf(id);
        if (names.Count == 0)
        {
            return 0;
        }
        if (files is null)
        {
            LogNoEvidenceStore(Logger, id, names.Count);
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
                LogShredFailed(Logger, ex, id);
                return null;
            }
        }
        return shredded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} tip-off reports closed before {Cutoff}")]
    private static partial void LogDeleted(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tip-off {TipOffId} is past retention but its {Files} evidence files cannot be shredded: no evidence store is registered; it is kept")]
    private static partial void LogNoEvidenceStore(ILogger logger, long tipOffId, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An evidence file of tip-off {TipOffId} could not be shredded; the report is kept until the next run")]
    private static partial void LogShredFailed(ILogger logger, Exception exception, long tipOffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The WAL could not be fully checkpointed after deleting tip-offs (a reader was busy); SQLite's next checkpoints will overwrite it")]
    private static partial void LogCheckpointBusy(ILogger logger);
}
