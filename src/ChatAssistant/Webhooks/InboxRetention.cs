using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Storage;
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
    ILogger<InboxRetention> logger) : PeriodicPurge(clock, logger)
{
    // Small deletes, one write each: webhooks and turns get their turn in between.
    private const int RowsPerWrite = 2000;

    /// <summary>Deletes every handled event past the window; returns how many went.</summary>
    public override async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        // One cutoff for the whole purge, so it ends even while new rows keep ageing past it.
        var cutoff = Clock.GetUtcNow() - options.Value.DedupWindow;
        var total = await InBatchesAsync(writer, RowsPerWrite, (connection, transaction) =>
            MessageInbox.DeleteHandledBefore(connection, transaction, cutoff, RowsPerWrite), cancellationToken).ConfigureAwait(false);
        if (total > 0)
        {
            LogPurged(Logger, total, cutoff);
        }
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} handled webhook events received before {Cutoff}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);
}
