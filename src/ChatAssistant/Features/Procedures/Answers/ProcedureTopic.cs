using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>The procedure the resident asked about last, kept in their conversation state for a while.</summary>
public sealed class ProcedureTopic(IOptions<ConversationOptions> options)
{
    private const string Kind = "procedure";

    public static void Remember(ITurnContext turn, string procedureId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ConversationStateMiddleware.Of(turn).State.Topic = new ConversationTopic(Kind, procedureId, turn.Clock.GetUtcNow());
    }

    /// <summary>The procedure last discussed, when that was within the configured memory; otherwise null.</summary>
    public string? Recall(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ConversationStateMiddleware.Of(turn).State.Topic is { Kind: Kind } topic && turn.Clock.GetUtcNow() - topic.At <= options.Value.TopicMemory
            ? topic.Subject
            : null;
    }
}
