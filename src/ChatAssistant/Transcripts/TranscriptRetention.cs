using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Transcripts;

/// <summary>At start and then hourly, deletes transcript lines older than <see cref="TranscriptOptions.RetentionDays"/>.</summary>
public sealed partial class TranscriptRetention(
    SqliteWriter writer,
    TranscriptStore transcripts,
    AuditLog audit,
    TimeProvider clock,
    ILogger<TranscriptRetention> logger) : BackgroundService
{
    public const string PurgeAction = "transcripts.purge";

    private static readonly TimeSpan RunEvery = TimeSpan.FromHours(1);

    // Small deletes, one write each: other writers (webhooks, turns) get their turn in between.
    private const int RowsPerWrite = 2000;

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

    /// <summary>Deletes everything past retention; returns how many lines went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        // One cutoff for the whole purge, so it ends even while new lines keep ageing past it.
        var cutoff = transcripts.RetentionCutoff();
        var total = 0;
        int deleted;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            deleted = await writer.WriteAsync((connection, transaction) =>
                TranscriptStore.DeleteOlderThan(connection, transaction, cutoff, RowsPerWrite)).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == RowsPerWrite);

        if (total > 0)
        {
            await audit.WriteAsync(null, AuditLog.SystemActor, PurgeAction, oaId: null, subject: null,
                detail: string.Create(CultureInfo.InvariantCulture, $"deleted={total}; before={cutoff:O}")).ConfigureAwait(false);
            LogPurged(logger, total, cutoff);
        }
        else
        {
            LogNothingToPurge(logger, cutoff);
        }
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} transcript lines written before {Cutoff}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No transcript lines written before {Cutoff} to delete")]
    private static partial void LogNothingToPurge(ILogger logger, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting old transcript lines failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
