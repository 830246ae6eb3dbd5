namespace ChatAssistant.Messaging.Dispatch;

/// <summary>Decides what the bot does with one activity: the replies and the state changes of the turn.</summary>
/// <remarks>
/// Handlers only collect; they must not write to the database themselves. The dispatcher commits
/// the collected writes, the replies and the inbox row together, so a crash redoes all or nothing.
/// A change whose outcome the reply must tell (a booking and its code) commits before the turn; it names the turn's
/// inbox row, so that a run of the turn again finds it done and tells the same outcome.
/// </remarks>
public interface ITurnHandler
{
    Task HandleAsync(Turn turn, CancellationToken cancellationToken);
}
