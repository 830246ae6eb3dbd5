using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Conversation.Turns;

/// <summary>One turn of a conversation: the activity that came in, what the bot sends back, and the turn's services.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Messages sent so far in this turn; they reach the resident once the turn commits.</summary>
    IReadOnlyList<OutboundMessage> Sent { get; }

    ITextCatalog Texts { get; }

    TimeProvider Clock { get; }

    /// <summary>Values shared by middleware and dialogs for the length of the turn.</summary>
    IDictionary<string, object> TurnState { get; }

    IServiceProvider Services { get; }

    /// <summary>Set when a dialog handled personal data this turn: the transcript keeps a redacted line instead.</summary>
    bool IncomingIsSensitive { get; set; }

    /// <summary>
    /// Set when a private dialog (<see cref="Dialogs.Dialog.IsPrivate"/>) began this turn, even one that also ended in
    /// it: the turn is then kept out of the records like every turn of a private flow.
    /// </summary>
    bool BeganPrivateDialog { get; set; }

    void Send(OutboundMessage message);
}
