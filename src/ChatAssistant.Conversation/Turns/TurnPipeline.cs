namespace ChatAssistant.Conversation.Turns;

/// <summary>The middleware in order, then the bot's own logic.</summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> middleware)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(ITurnContext turn, Func<ITurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken) =>
        Step(0, turn, bot, cancellationToken);

    private Task Step(int index, ITurnContext turn, Func<ITurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? bot(turn, cancellationToken)
            : _middleware[index].OnTurnAsync(turn, ct => Step(index + 1, turn, bot, ct), cancellationToken);
}
