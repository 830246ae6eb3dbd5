namespace ChatAssistant.Messaging.Dispatch;

/// <summary>Decides what the bot does with one activity: the replies and the state changes of the turn.</summary>
/// <remarks>
/// Handlers only collect; they must not write to the database themselves. The dispatcher commits
/// the collected writes, the replies and the inbox row together, so a crash redoes all or nothing.
/// </remarks>
public interface ITurnHandler
{
    Task HandleAsync(Turn turn, CancellationToken cancellationToken);
}
