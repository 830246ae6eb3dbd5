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
/// While Zalo does not answer an account, its lanes wait on the account's pause and one message
/// probes (<see cref="AccountPause"/>); a message is given up by age only, never by a count of attempts.
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
        var settings = options.Value;
        var deadline = Deadline(row, settings);
        // A message is given up by age only: the waits between attempts, its own or its account's, end at its deadline.
        using var expiry = new CancellationTokenSource(TimeUntil(deadline), clock);
        using var waits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        var attempts = row.Attempts;
        var retry = new Retry(DateTimeOffset.FromUnixTimeMilliseconds(row.NextAttemptAt), (int?)row.ErrorCode, row.ErrorMessage);
        var expired = false;
        while (true)
        {
            try
            {
                var wait = retry.NotBefore - clock.GetUtcNow();
                if (expired)
                {
                    // Only after a failure to record the give-up: the wait is that failure's backoff.
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                    }
                    await GiveUpAsync(row, deadline, retry).ConfigureAwait(false);
                    return;
                }
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, waits.Token).ConfigureAwait(false);
                }
                // The first attempt goes whatever the row's age (it may have waited out a stop); a retry does not.
                if (attempts > row.Attempts)
                {
                    expiry.Token.ThrowIfCancellationRequested();
                }
                attempts++;
                if (await AttemptAsync(row, message, attempts, waits.Token, cancellationToken).ConfigureAwait(false) is not { } next)
                {
                    return;
                }
                retry = next;
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                expired = true;
                retry = retry with { NotBefore = clock.GetUtcNow() };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup while recording: try the row again rather than leave it until the next restart.
                LogAttemptBroke(logger, ex, row.Id);
                retry = retry with { NotBefore = clock.GetUtcNow() + Backoff(attempts, settings) };
            }
        }
    }

    /// <summary>One delivery attempt, recorded; returns when to try again and why, or null when the row is settled.</summary>
    /// <param name="pauseCancellation">Ends a wait for the account's pause: the row's deadline, or shutdown.</param>
    private async Task<Retry?> AttemptAsync(
        OutboxMessage row, OutboundMessage message, long attempts, CancellationToken pauseCancellation, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var account = await rateLimits.AcquireTurnAsync(row.OaId, pauseCancellation, cancellationToken).ConfigureAwait(false);

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

        // "Too fast" and "no answer" are the account's state, not the message's fault: the whole account waits, then
        // one message probes, and none is given up for it before its deadline.
        var accountWide = result.Outcome == DeliveryOutcome.RetryLater && (result.AccountThrottled || result.AccountUnavailable);
        var pausedUntil = DateTimeOffset.MinValue;
        if (accountWide)
        {
            (pausedUntil, var faults) = account.Unavailable(settings.SendRetryDelay, settings.MaxAccountPause, result.ErrorCode, result.ErrorMessage);
            if (faults > 0)
            {
                LogAccountPaused(logger, row.OaId, pausedUntil, faults, result.ErrorCode, result.ErrorMessage);
            }
        }
        else if (account.Answered() is var ended and > 0)
        {
            LogAccountResumed(logger, row.OaId, ended);
        }

        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                await outbox.MarkOutgoingSentAsync(row.Id, result.ChannelMessageId, (OutboxRedaction)row.RedactAfterSend).ConfigureAwait(false);
                return null;
            case DeliveryOutcome.Failed:
                LogFailed(logger, row.Id, row.OaId, result.ErrorCode, result.ErrorMessage);
                await outbox.MarkOutgoingFailedAsync(row.Id, result.ErrorCode, result.ErrorMessage ?? "failed").ConfigureAwait(false);
                await TellFailedAsync(row, result.ErrorCode).ConfigureAwait(false);
                return null;
            default:
                var now = clock.GetUtcNow();
                // After a fault of the account its pause says when it is tried again (this row then, if it probes).
                var next = accountWide ? (pausedUntil > now ? pausedUntil : now) : now + Backoff(attempts, settings);
                if (result.RetryNotBefore > next)
                {
                    next = result.RetryNotBefore.Value;
                }
                LogRetry(logger, row.Id, row.OaId, result.ErrorCode, result.ErrorMessage, next);
                await outbox.ScheduleOutgoingRetryAsync(row.Id, next, result.ErrorCode, result.ErrorMessage).ConfigureAwait(false);
                return new Retry(next, result.ErrorCode, result.ErrorMessage);
        }
    }

    /// <summary>Records a message that passing faults kept from its resident until its deadline, and tells who queued it.</summary>
    private async Task GiveUpAsync(OutboxMessage row, DateTimeOffset deadline, Retry last)
    {
        // A message that waited on its account's pause without being tried carries the account's reason.
        var (code, reason) = last.ErrorCode is null && last.ErrorMessage is null ? rateLimits.PauseOf(row.OaId).LastFault : (last.ErrorCode, last.ErrorMessage);
        var age = deadline - DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt);
        LogGaveUp(logger, row.Id, row.OaId, age, code, reason);
        await outbox.MarkOutgoingFailedAsync(row.Id, code, $"gave up: not delivered {age:c} after it was queued: {reason ?? "no attempt"}").ConfigureAwait(false);
        await TellFailedAsync(row, code).ConfigureAwait(false);
    }

    /// <summary>
    /// When a message still undelivered is given up: its own deadline (a receipt code's reply: when Zalo's window
    /// closes), otherwise <see cref="MessagingOptions.SendExpiry"/> after it was queued, never past the reply window.
    /// </summary>
    internal static DateTimeOffset Deadline(OutboxMessage row, MessagingOptions settings)
    {
        if (row.ExpiresAt is { } expiresAt)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(expiresAt);
        }
        var expiry = settings.SendExpiry < settings.ReplyWindow ? settings.SendExpiry : settings.ReplyWindow;
        return DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt) + expiry;
    }

    // A clock timer reaches about 49 days: a deadline further away (a feature's own) is not watched in this run.
    private TimeSpan TimeUntil(DateTimeOffset deadline)
    {
        var left = deadline - clock.GetUtcNow();
        return left < TimeSpan.Zero ? TimeSpan.Zero : left > MaxWatchedDeadline ? Timeout.InfiniteTimeSpan : left;
    }

    private static readonly TimeSpan MaxWatchedDeadline = TimeSpan.FromDays(40);

    internal static TimeSpan Backoff(long attempts, MessagingOptions settings)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = settings.SendRetryDelay * factor;
        return delay > settings.MaxSendRetryDelay ? settings.MaxSendRetryDelay : delay;
    }

    /// <summary>When a row is tried again, and what its last attempt met.</summary>
    private readonly record struct Retry(DateTimeOffset NotBefore, int? ErrorCode, string? ErrorMessage);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} for {OaId} given up, not delivered {Age} after it was queued: {ErrorCode} {ErrorMessage}")]
    private static partial void LogGaveUp(ILogger logger, long outboxId, string oaId, TimeSpan age, int? errorCode, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {OaId} paused until {Until} after {Faults} fault(s) in a row; one message will probe: {ErrorCode} {ErrorMessage}")]
    private static partial void LogAccountPaused(ILogger logger, string oaId, DateTimeOffset until, int faults, int? errorCode, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {OaId} answers again after {Faults} fault(s) in a row; its messages resume")]
    private static partial void LogAccountResumed(ILogger logger, string oaId, int faults);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId} for {OaId} will be retried at {NotBefore}: {ErrorCode} {ErrorMessage}")]
    private static partial void LogRetry(ILogger logger, long outboxId, string oaId, int? errorCode, string? errorMessage, DateTimeOffset notBefore);
}
