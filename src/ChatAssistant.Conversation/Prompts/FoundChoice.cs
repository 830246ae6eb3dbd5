namespace ChatAssistant.Conversation.Prompts;

/// <summary>The option the resident picked.</summary>
public sealed record FoundChoice(int Index, string Value, string Title);
