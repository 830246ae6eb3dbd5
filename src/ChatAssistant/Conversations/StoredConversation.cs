using ChatAssistant.Conversation.Runtime;

namespace ChatAssistant.Conversations;

/// <summary>A conversation's state as loaded, with the version its save must still find.</summary>
public sealed record StoredConversation(ConversationState State, long Version);
