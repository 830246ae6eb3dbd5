using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Conversation.Turns;

/// <summary>The turn context the engine creates for each activity.</summary>
public sealed class TurnContext(Activity activity, ITextCatalog texts, TimeProvider clock, IServiceProvider services) : ITurnContext
{
    private readonly List<OutboundMessage> _sent = [];

    public Activity Activity { get; } = activity;
    public IReadOnlyList<OutboundMessage> Sent => _sent;
    public ITextCatalog Texts { get; } = texts;
    public TimeProvider Clock { get; } = clock;
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
    public IServiceProvider Services { get; } = services;
    public bool IncomingIsSensitive { get; set; }

    public bool BeganPrivateDialog { get; set; }

    public void Send(OutboundMessage message) => _sent.Add(message);
}
