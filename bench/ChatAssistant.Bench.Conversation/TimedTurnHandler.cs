using System.Diagnostics;
using ChatAssistant.Conversations;
using ChatAssistant.Messaging.Dispatch;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// The registered turn handler, decorated: times <see cref="ConversationEngine"/> and adds two marks to the
/// turn's transaction, one before and one after the engine's own writes, which the writer runs in its batch.
/// </summary>
internal sealed class TimedTurnHandler(ConversationEngine engine, TurnTimings timings, WriterCommits commits) : ITurnHandler
{
    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var id = turn.InboxId;
        turn.Save((connection, _) =>
        {
            commits.OnWriter(connection);
            timings.WritesBegan(id);
        });
        var start = Stopwatch.GetTimestamp();
        await engine.HandleAsync(turn, cancellationToken);
        timings.Handled(id, start, Stopwatch.GetTimestamp());
        turn.Save((connection, _) => timings.WritesEnded(id, commits.OnWriter(connection)));
    }
}
