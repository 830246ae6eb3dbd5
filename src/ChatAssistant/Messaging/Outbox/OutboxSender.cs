using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>Delivers outgoing envelopes through the channel, in order per resident, within each account's rate.</summary>
/// <remarks>
/// Rows are read in id order and queued in per-resident lanes, so a resident receives the parts
/// of an answer in order even while one of them waits for a retry; other residents go on.
/// </remarks>
public sealed partial class OutboxSender(
    MessageOutbox outbox,
    IOutboundChannel channel,
    AccountRateLimits rateLimits,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    IEnumerable<IOutboxFailures> failureFollowers,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int MaxQueuedDeliveries = 20_000;
    private readonly SemaphoreSlim _sendSlots = new(Math.Max(1, options.Value.MaxConcurrentSends));

    /// <summary>True while the loop runs; the health check reports it.</summary>
    // Derived from the loop's task: it is set as soon as the service starts and ends when the loop does.
    public bool IsRunning => ExecuteTask is { IsCompleted: false };

    /// <summary>
    /// One lane per resident keeps their replies in order. A notice has a lane of its own beside it: it needs no order
    /// against the conversation, and a notice waiting out Zalo's "too fast" must not hold up the answer to a question.
    /// </summary>
    internal static string Lane(OutboxMessage row) =>
        row.IdempotencyKey.StartsWith(NoticeKeyPrefix, StringComparison.Ordinal) ? $"{row.OaId}:{row.UserId}:notice" : $"{row.OaId}:{row.UserId}";

    /// <summary>How notices' idempotency keys begin (<c>broadcast:{id}:{user}</c>).</summary>
    public const string NoticeKeyPrefix = "broadcast:";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Lanes mostly wait (on the rate limit or a retry), so many may be open; _sendSlots bounds the real work.
        using var lanes = new LaneScheduler<OutboxMessage>(4096, DeliverAsync, logger, stoppingToken);
        try
        {
            await lanes.FeedAsync(
                outbox.ReadOpenOutgoing, r => (r.Id, Lane(r)), outbox.Appended, MaxQueuedDeliveries, settings.PollInterval)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown: unsent rows stay pending for the next start.
        }
        finally
        {
            await lanes.WhenRunningAsync().ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        OutboundMessage message;
        try
        {
            message = MessageOutbox.ReadBody(row);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            await outbox.MarkOutgoingFailedAsync(row.Id, null, $"unreadable body: {ex.Message}").ConfigureAwait(false);
            return;
        }
        var attempts = row.Attempts;
        DateTimeOffset? notBefore = DateTimeOffset.FromUnixTimeMilliseconds(row.NextAttemptAt);
        while (notBefore is { } due)
        {
            var wait = due - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }
            try
            {
                attempts++;
                notBefore = await AttemptAsync(row, message, attempts, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup while recording: try the row again rather than leave it until the next restart.
                LogAttemptBroke(logger, ex, row.Id);
                notBefore = clock.GetUtcNow() + Backoff(attempts, options.Value);
            }
        }
    }

    /// <summary>One delivery attempt, recorded; returns when to try again, or null when the row is settled.</summary>
    private async Task<DateTimeOffset?> AttemptAsync(OutboxMessage row, OutboundMessage message, long attempts, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await rateLimits.AcquireAsync(row.OaId, cancellationToken).ConfigureAwait(false);

        DeliveryResult result;
        // The slot before the mark: a row is 'sending' only once it is about to reach the channel, so the rows a crash
        // leaves 'sending' (counted as possibly received twice) are those really in flight, not those waiting for a slot.
        await _sendSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await outbox.MarkOutgoingSendingAsync(row.Id).ConfigureAwait(false))
            {
                // Withdrawn since it was read (a cancelled notice): nothing to send, nothing to record.
                return null;
            }
            // Once handed to the channel the attempt finishes even at shutdown, so its answer is recorded.
            result = await channel.DeliverAsync(row.OaId, row.UserId, message, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendSlots.Release();
        }

        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                await outbox.MarkOutgoingSentAsync(row.Id, result.ChannelMessageId).ConfigureAwait(false);
                return null;
            case DeliveryOutcome.Failed:
                LogFailed(logger, row.Id, row.OaId, result.ErrorCode, result.ErrorMessage);
                await outbox.MarkOutgoingFailedAsync(row.Id, result.ErrorCode, result.ErrorMessage ?? "failed").ConfigureAwait(false);
                await TellFailedAsync(row, result.ErrorCode).ConfigureAwait(false);
                return null;
            // "Too fast" is the account's state, not the message's fault: it waits its turn however often it is told so.
            case DeliveryOutcome.RetryLater when attempts >= settings.MaxSendAttempts && !result.AccountThrottled:
                LogGaveUp(logger, row.Id, row.OaId, attempts, result.ErrorCode, result.ErrorMessage);
                await outbox.MarkOutgoingFailedAsync(row.Id, result.ErrorCode,
                    $"gave up after {attempts} attempts: {result.ErrorMessage}").ConfigureAwait(false);
                await TellFailedAsync(row, result.ErrorCode).ConfigureAwait(false);
                return null;
            default:
                var backoff = Backoff(attempts, settings);
                var next = clock.GetUtcNow() + backoff;
                if (result.RetryNotBefore > next)
                {
                    next = result.RetryNotBefore.Value;
                }
                if (result.AccountThrottled)
                {
                    rateLimits.Pause(row.OaId, clock.GetUtcNow() + backoff);
                }
                LogRetry(logger, row.Id, row.OaId, result.ErrorCode, result.ErrorMessage, next);
                await outbox.ScheduleOutgoingRetryAsync(row.Id, next, result.ErrorCode, result.ErrorMessage).ConfigureAwait(false);
                return next;
        }
    }

    internal static TimeSpan Backoff(long attempts, MessagingOptions settings)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = settings.SendRetryDelay * factor;
        return delay > settings.MaxSendRetryDelay ? settings.MaxSendRetryDelay : delay;
    }

    public override void Dispose()
    {
        _sendSlots.Dispose();
        base.Dispose();
    }

    /// <summary>The failure is already recorded; a follower that breaks must not stop the sender.</summary>
    private async Task TellFailedAsync(OutboxMessage row, int? errorCode)
    {
        foreach (var follower in failureFollowers)
        {
            try
            {
                await follower.OutgoingFailedAsync(row, errorCode, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFollowerFailed(logger, ex, row.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A follower of failed outbox row {OutboxId} failed")]
    private static partial void LogFollowerFailed(ILogger logger, Exception exception, long outboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outbox row {OutboxId} broke; it will be tried again")]
    private static partial void LogAttemptBroke(ILogger logger, Exception exception, long outboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} for {OaId} failed for good: {ErrorCode} {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, long outboxId, string oaId, int? errorCode, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} for {OaId} gave up after {Attempts} attempts: {ErrorCode} {ErrorMessage}")]
    private static partial void LogGaveUp(ILogger logger, long outboxId, string oaId, long attempts, int? errorCode, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId} for {OaId} will be retried at {NotBefore}: {ErrorCode} {ErrorMessage}")]
    private static partial void LogRetry(ILogger logger, long outboxId, string oaId, int? errorCode, string? errorMessage, DateTimeOffset notBefore);
}
