using ChatAssistant.Conversation.Runtime;

namespace ChatAssistant.Conversations;

/// <summary>A conversation's state as loaded, with the version its save must still find (0: none saved yet).</summary>
public sealed record StoredConversation(ConversationState State, long Version)
{
    /// <summary>While a private flow runs: what the conversation was as the flow began, put back as it ends.</summary>
    public PrivateFlowEntry? PrivateEntry { get; set; }
}

/// <summary>
/// What a private flow puts back as it ends: when the resident last wrote and what was last discussed before it, and
/// whether there was a conversation at all. A resident's state then shows no sign of the flow.
/// </summary>
public sealed record PrivateFlowEntry(DateTimeOffset? LastActivityAt, ConversationTopic? Topic, bool Existed);
