using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Transcripts;

/// <summary>At start and then hourly, deletes transcript lines older than <see cref="TranscriptOptions.RetentionDays"/>.</summary>
public sealed partial class TranscriptRetention(
    SqliteWriter writer,
    TranscriptStore transcripts,
    AuditLog audit,
    TimeProvider clock,
    ILogger<TranscriptRetention> logger) : PeriodicPurge(clock, logger)
{
    public const string PurgeAction = "transcripts.purge";

    // Small deletes, one write each: other writers (webhooks, turns) get their turn in between.
    private const int RowsPerWrite = 2000;

    /// <summary>Deletes everything past retention; returns how many lines went.</summary>
    public override async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        // One cutoff for the whole purge, so it ends even while new lines keep ageing past it.
        var cutoff = transcripts.RetentionCutoff();
        var total = await InBatchesAsync(writer, RowsPerWrite, (connection, transaction) =>
            TranscriptStore.DeleteOlderThan(connection, transaction, cutoff, RowsPerWrite), cancellationToken).ConfigureAwait(false);

        if (total > 0)
        {
            await audit.WriteAsync(null, AuditLog.SystemActor, PurgeAction, oaId: null, subject: null,
                detail: string.Create(CultureInfo.InvariantCulture, $"deleted={total}; before={cutoff:O}")).ConfigureAwait(false);
            LogPurged(Logger, total, cutoff);
        }
        else
        {
            LogNothingToPurge(Logger, cutoff);
        }
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} transcript lines written before {Cutoff}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No transcript lines written before {Cutoff} to delete")]
    private static partial void LogNothingToPurge(ILogger logger, DateTimeOffset cutoff);
}
