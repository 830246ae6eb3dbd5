namespace ChatAssistant.Testing.Conversations;

/// <summary>A conversation did not go as the test expected; the message shows the conversation so far.</summary>
public sealed class ConversationAssertionException(string message) : Exception(message);
