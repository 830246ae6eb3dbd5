using System.Diagnostics;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// Wraps the service's <see cref="ConversationStateMiddleware"/> to time what it does before the rest of the
/// turn: <c>ConversationStateStore.Load</c> (a pooled connection with its pragmas, one query, the JSON).
/// </summary>
internal sealed class TimedStateMiddleware(ConversationStateMiddleware inner, TurnTimings timings, StateSample? sample) : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        return inner.OnTurnAsync(turn, token =>
        {
            timings.StateLoaded(Stopwatch.GetTimestamp() - start);
            sample?.Offer(ConversationStateMiddleware.Of(turn).State);
            return next(token);
        }, cancellationToken);
    }
}
