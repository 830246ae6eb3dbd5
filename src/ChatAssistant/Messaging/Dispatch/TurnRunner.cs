using ChatAssistant.Content;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;
using ChatAssistant.Storage;
using ChatAssistant.Zalo.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging.Dispatch;

/// <summary>Runs one envelope's turn: handler, then state + replies + inbox mark in one transaction.</summary>
public sealed partial class TurnRunner(
    ITurnHandler handler,
    MessageInbox inbox,
    MessageOutbox outbox,
    SqliteWriter writer,
    ResidentTexts texts,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ServiceMetrics metrics,
    ResidentFloodGate flood,
    IEnumerable<IThrottledAnswers> throttledAnswers,
    ILogger<TurnRunner> logger)
{

    public async Task RunAsync(InboxMessage envelope, CancellationToken cancellationToken)
    {
        var started = metrics.TurnStarted(envelope.ReceivedAt);
        Activity activity;
        try
        {
            activity = ServiceEvents.IsServiceEvent(envelope) ? ServiceEvents.ToActivity(envelope) : ZaloEventParser.Parse(envelope.Body);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            // The webhook only stores JSON objects, so this is a stored row damaged since; nobody to answer.
            await ParkAsync(envelope, null, 1, ex).ConfigureAwait(false);
            return;
        }

        if (activity.Type == ActivityType.Message && flood.Judge(envelope) is var standing and not FloodStanding.Within)
        {
            await ThrottleAsync(envelope, activity, standing).ConfigureAwait(false);
            return;
        }

        await RunActivityAsync(envelope, activity, cancellationToken).ConfigureAwait(false);
        metrics.TurnEnded(started);
    }

    /// <summary>
    /// A message past its resident's rate gets no turn: it is recorded throttled, the first one is answered with a
    /// request to slow down, and any still gets what safety requires (the emergency number). Not merged into one turn:
    /// dialogs ask one question at a time, and a pile of lines would be read as one odd answer.
    /// </summary>
    private async Task ThrottleAsync(InboxMessage envelope, Activity activity, FloodStanding standing)
    {
        var answers = throttledAnswers.Select(a => a.Answer(activity)).ToList();
        List<OutboundMessage> replies = [.. answers.SelectMany(a => a.TextKeys).Select(key => OutboundMessage.FromText(texts.Get(key)))];
        if (standing == FloodStanding.FirstOver)
        {
            replies.Add(OutboundMessage.FromText(texts.Get(ResidentTexts.TooManyMessages)));
        }
        await writer.WriteAsync((connection, transaction) =>
        {
            MessageInbox.MarkIncomingThrottled(connection, transaction, envelope.Id);
            if (replies.Count > 0)
            {
                outbox.AppendOutgoing(connection, transaction, envelope.OaId, envelope.UserId, "throttled", replies, OutboxRedaction.AllOnceDelivered);
            }
        }).ConfigureAwait(false);
        if (replies.Count > 0)
        {
            outbox.Appended.Notify();
        }
        RunAfterCommit(answers.Select(answer => answer.Committed).OfType<Action>(), envelope);
        // The row and the account only: the resident's id and words stay out of the log.
        if (standing == FloodStanding.FirstOver)
        {
            LogFloodBegins(logger, envelope.Id, envelope.OaId, options.Value.MaxMessagesPerResidentPerMinute);
        }
        else
        {
            LogThrottled(logger, envelope.Id, envelope.OaId, replies.Count);
        }
    }

    /// <summary>Runs the turn of an activity already parsed: retried on failure, then committed or parked.</summary>
    public async Task RunActivityAsync(InboxMessage envelope, Activity activity, CancellationToken cancellationToken)
    {
        var maxAttempts = Math.Max(1, options.Value.MaxTurnAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var turn = new Turn(activity, envelope.Id);
            try
            {
                await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync((connection, transaction) =>
                {
                    foreach (var write in turn.Writes)
                    {
                        write(connection, transaction);
                    }
                    outbox.AppendOutgoing(connection, transaction, envelope.OaId, envelope.UserId, "turn", turn.Replies,
                        turn.IsPrivate ? OutboxRedaction.BodyAndResident : OutboxRedaction.AllOnceDelivered,
                        turn.RepliesKeptUntilWindowCloses ? WindowCloses(envelope) : null);
                    MessageInbox.MarkIncomingHandled(connection, transaction, envelope.Id);
                }).ConfigureAwait(false);
                if (turn.Replies.Count > 0)
                {
                    outbox.Appended.Notify();
                }
                // Outside the retries: the turn has committed, and running it again would answer twice.
                RunAfterCommit(turn.AfterCommit, envelope);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (attempt < maxAttempts)
            {
                if (turn.IsPrivate)
                {
                    LogRetryingPrivate(logger, envelope.Id, envelope.EventName, attempt, ex.GetType().FullName);
                }
                else
                {
                    LogRetrying(logger, ex, envelope.Id, envelope.EventName, attempt);
                }
                await Task.Delay(options.Value.TurnRetryDelay * attempt, clock, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await ParkAsync(envelope, activity, attempt, ex, forgetBody: turn.IsPrivate).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>Zalo's window for replies opens with the resident's message, which the inbox received just after it was sent.</summary>
    private DateTimeOffset WindowCloses(InboxMessage envelope) =>
        DateTimeOffset.FromUnixTimeMilliseconds(envelope.ReceivedAt) + options.Value.ReplyWindow;

    private void RunAfterCommit(IEnumerable<Action> actions, InboxMessage envelope)
    {
        foreach (var action in actions)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                LogAfterCommitFailed(logger, ex, envelope.Id);
            }
        }
    }

    /// <summary>Gives up on the turn: the row keeps its error, the resident hears an apology, the lane moves on.</summary>
    /// <param name="forgetBody">The turn belonged to a private flow (a tip-off): neither the log nor the row's error may quote its words.</param>
    private async Task ParkAsync(InboxMessage envelope, Activity? activity, long attempts, Exception error, bool forgetBody = false)
    {
        if (forgetBody)
        {
            // An exception's message may quote what the resident wrote: a private turn's keeps only its type.
            LogParkedPrivate(logger, envelope.Id, envelope.EventName, attempts, error.GetType().FullName);
        }
        else
        {
            LogParked(logger, error, envelope.Id, envelope.EventName, attempts);
        }
        var apologise = activity is { Type: ActivityType.Message or ActivityType.Follow or ActivityType.ConversationStart or ActivityType.SubmitInfo };
        await writer.WriteAsync((connection, transaction) =>
        {
            // The error text stays in the database for operators; logs above carry only its type and the row id.
            // Marked failed, the row keeps no words of the resident's (MarkIncomingFailed empties its body).
            inbox.MarkIncomingFailed(connection, transaction, envelope.Id, attempts, forgetBody ? error.GetType().FullName ?? "error" : error.ToString(),
                privately: forgetBody);
            if (apologise)
            {
                outbox.AppendOutgoing(connection, transaction, envelope.OaId, envelope.UserId, "failed",
                    [OutboundMessage.FromText(texts.Get(ResidentTexts.TurnFailed))],
                    forgetBody ? OutboxRedaction.BodyAndResident : OutboxRedaction.AllOnceDelivered);
            }
        }).ConfigureAwait(false);
        if (apologise)
        {
            outbox.Appended.Notify();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox row {InboxId} of account {OaId} throttled: its resident sent more than {Limit} messages in a minute; asked to wait, and further messages within the minute get no turn")]
    private static partial void LogFloodBegins(ILogger logger, long inboxId, string oaId, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox row {InboxId} of account {OaId} throttled without a turn ({Replies} safety replies)")]
    private static partial void LogThrottled(ILogger logger, long inboxId, string oaId, int replies);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn for inbox row {InboxId} ({EventName}) failed on attempt {Attempt}; retrying")]
    private static partial void LogRetrying(ILogger logger, Exception exception, long inboxId, string eventName, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn for inbox row {InboxId} ({EventName}) of a private flow failed on attempt {Attempt} ({ErrorType}); retrying")]
    private static partial void LogRetryingPrivate(ILogger logger, long inboxId, string eventName, int attempt, string? errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for inbox row {InboxId} ({EventName}) of a private flow parked as failed after {Attempts} attempts: {ErrorType}")]
    private static partial void LogParkedPrivate(ILogger logger, long inboxId, string eventName, long attempts, string? errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "After turn for inbox row {InboxId} committed, a follow-up action failed")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception, long inboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for inbox row {InboxId} ({EventName}) parked as failed after {Attempts} attempts")]
    private static partial void LogParked(ILogger logger, Exception exception, long inboxId, string eventName, long attempts);
}
