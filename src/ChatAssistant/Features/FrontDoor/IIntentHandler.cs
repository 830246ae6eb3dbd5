using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>A feature's answer to the intents it owns ("book" begins booking with what the message already said).</summary>
/// <remarks>The front door asks it when the understanding layer is sure of one of <see cref="Intents"/>.</remarks>
public interface IIntentHandler
{
    IReadOnlyCollection<string> Intents { get; }

    /// <summary>Answers or begins a flow and returns true; false lets the front door try its other routes.</summary>
    Task<bool> HandleAsync(DialogContext dc, MessageMeaning meaning, CancellationToken cancellationToken);
}
