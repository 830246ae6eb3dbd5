using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Webhooks;

/// <summary>
/// At start and then hourly, deletes handled webhook events received more than <see cref="WebhookOptions.DedupWindow"/>
/// ago. Their keys are no longer needed: an event delivered again after the window is stale, and is stored as such.
/// </summary>
public sealed partial class InboxRetention(
    SqliteWriter writer,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<InboxRetention> logger) : BackgroundService
{
    private static readonly TimeSpan RunEvery = TimeSpan.FromHours(1);

    // Small deletes, one write each: webhooks and turns get their turn in between.
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

    /// <summary>Deletes every handled event past the window; returns how many went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        // One cutoff for the whole purge, so it ends even while new rows keep ageing past it.
        var cutoff = clock.GetUtcNow() - options.Value.DedupWindow;
        var total = 0;
        int deleted;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            deleted = await writer.WriteAsync((connection, transaction) =>
                MessageInbox.DeleteHandledBefore(connection, transaction, cutoff, RowsPerWrite)).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == RowsPerWrite);
        if (total > 0)
        {
            LogPurged(logger, total, cutoff);
        }
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} handled webhook events received before {Cutoff}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting old webhook events failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
