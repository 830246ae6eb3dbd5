namespace ChatAssistant.Conversation.Turns;

/// <summary>Runs around every turn (state, transcript, error handling), calling <paramref name="next"/> to go on.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
