using ChatAssistant.Conversation.Dialogs;

namespace ChatAssistant.Conversation.Runtime;

/// <summary>What happens outside any flow: the menu, the router for free text, the hand-off to an officer.</summary>
/// <remarks>The runtime knows no feature; the service supplies this.</remarks>
public interface IFrontDoor
{
    Task ShowMenuAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>A message arrived with no flow active: answer it or begin the feature it asks for.</summary>
    Task RouteAsync(DialogContext dc, CancellationToken cancellationToken);

    Task HandOffAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>An event the service raised on this resident's lane; <paramref name="residentBusy"/> when a flow is open.</summary>
    Task HandleEventAsync(DialogContext dc, bool residentBusy, CancellationToken cancellationToken);
}
