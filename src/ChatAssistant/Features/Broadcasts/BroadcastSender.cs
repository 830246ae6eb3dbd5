using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;
using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>
/// Feeds notices to the outbox at each account's rate and reads their outcomes back, a small batch per notice per tick.
/// </summary>
/// <remarks>
/// The outbox does the sending, retrying and per-account rate limiting; this only paces what goes in. Never more than a
/// few seconds of sending waits in the outbox, so a resident's reply is not queued behind a 100,000-recipient notice.
/// Each recipient moves to 'queued' in the transaction that appends its message, so after a crash the feed resumes
/// exactly where it stopped and the outbox resends only what was in flight.
/// </remarks>
public sealed partial class BroadcastSender(
    SqliteWriter writer,
    BroadcastStore store,
    BroadcastDelivery delivery,
    MessageOutbox outbox,
    IOptions<BroadcastOptions> options,
    TimeProvider clock,
    ServiceMetrics metrics,
    ILogger<BroadcastSender> logger) : BackgroundService
{
    private readonly BroadcastPace _pace = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FeedInterval, clock);
        do
        {
            try
            {
                await TickAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again: the tables hold the whole state.
                LogTickFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One round over the notices being sent: settle, feed, finish.</summary>
    internal async Task TickAsync()
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var quiet = QuietHours.From(settings).IsQuietAt(now);
        var fedAny = false;
        foreach (var account in store.ListActive().GroupBy(b => b.OaId, StringComparer.Ordinal))
        {
            var rate = settings.RateFor(account.Key);
            if (account.Any(b => CanFeed(b, quiet)))
            {
                _pace.Accrue(account.Key, rate, now);
            }
            else
            {
                _pace.Rest(account.Key);
            }
            long waiting = 0;
            foreach (var broadcast in account)
            {
                var step = await writer.WriteAsync((connection, transaction) =>
                {
                    // Read again inside the write: a pause or cancel committed since the list was read wins.
                    var current = BroadcastStore.Find(connection, transaction, broadcast.Id) ?? broadcast;
                    var ms = now.ToUnixTimeMilliseconds();
                    BroadcastDelivery.Settle(connection, transaction, current, ms);
                    var queued = BroadcastDelivery.Count(connection, transaction, current.Id, RecipientStatus.Queued);
                    var fed = 0;
                    if (CanFeed(current, quiet))
                    {
                        fed = delivery.Feed(connection, transaction, current, _pace.Allowance(account.Key, rate, settings.Lookahead, waiting + queued, settings.MaxQueued), ms);
                        _pace.Spend(account.Key, fed);
                    }
                    waiting += queued + fed;
                    return (Fed: fed, Finished: BroadcastDelivery.FinishIfDone(connection, transaction, current, queued + fed, ms));
                }).ConfigureAwait(false);
                fedAny |= step.Fed > 0;
                metrics.BroadcastMessagesQueued(step.Fed);
                if (step.Finished)
                {
                    LogFinished(logger, broadcast.Id, broadcast.OaId);
                    metrics.BroadcastFinished();
                }
            }
        }
        if (fedAny)
        {
            outbox.Appended.Notify();
        }
    }

    private static bool CanFeed(Broadcast broadcast, bool quiet) =>
        broadcast.Status == BroadcastStatus.Sending && (broadcast.IsUrgent || !quiet);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the broadcast sender failed; the next one tries again")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId} of {OaId} is done")]
    private static partial void LogFinished(ILogger logger, long broadcastId, string oaId);
}
