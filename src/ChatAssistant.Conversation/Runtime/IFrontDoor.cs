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

    /// <summary>
    /// A question asked in the middle of a flow ("à khoan, đổi thẻ thì mang gì?"): answers it and returns true, and the
    /// runner then asks the flow's question again without counting an attempt; false when the message is not such a question.
    /// With <paramref name="aboutTheServiceOnly"/>, only a message that plainly asks about the service itself is answered.
    /// </summary>
    Task<bool> AnswerAsideAsync(DialogContext dc, bool aboutTheServiceOnly, CancellationToken cancellationToken);

    /// <summary>Whether the message is clearly a new request of its own (a booking, a report, thanks), not an answer.</summary>
    bool IsNewRequest(DialogContext dc);

    /// <summary>
    /// When the message is only courtesy ("xin cảm ơn quý cơ quan", "tks ad nhiều", "chào tạm biệt") said where a flow
    /// waits for an answer, the key of the text answering it in kind (a thank-you, or a farewell) and saying the flow is
    /// not finished; the runner then asks the flow's question again. Null for anything else.
    /// </summary>
    string? CourtesyReply(DialogContext dc) => null;

    /// <summary>An event the service raised on this resident's lane; <paramref name="residentBusy"/> when a flow is open.</summary>
    Task HandleEventAsync(DialogContext dc, bool residentBusy, CancellationToken cancellationToken);
}
