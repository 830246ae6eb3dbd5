using ChatAssistant.Conversation.Dialogs;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>A feature's part in an event the service raised on a resident's lane (see <c>ServiceEvents</c>).</summary>
public interface IServiceEventReaction
{
    string EventName { get; }

    /// <param name="value">The data the event was raised with.</param>
    /// <param name="residentBusy">A flow or a hand-off is open: starting a new conversation now would cut into it.</param>
    Task HandleAsync(DialogContext dc, string? value, bool residentBusy, CancellationToken cancellationToken);
}
