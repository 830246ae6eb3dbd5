using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Conversations;

/// <summary>
/// Turns a stored dialog that no longer fits this build into a polite restart instead of a failed
/// turn; everything else is logged with what the turn was doing and left to the dispatcher's retries.
/// </summary>
public sealed partial class TurnErrorMiddleware(ILogger<TurnErrorMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (DialogShapeChangedException ex)
        {
            LogShapeChanged(logger, ex.DialogId);
            ConversationStateMiddleware.Of(turn).State.DialogStack.Clear();
            turn.SendText(RuntimeTexts.FlowRestarted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StateConflictException)
        {
            LogFailed(logger, ex, turn.Activity.Type.ToString(), turn.Activity.ChannelEventName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored dialog {DialogId} no longer fits this build; the resident's flow restarts")]
    private static partial void LogShapeChanged(ILogger logger, string dialogId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {ActivityType} turn ({EventName}) failed in the conversation")]
    private static partial void LogFailed(ILogger logger, Exception exception, string activityType, string eventName);
}
