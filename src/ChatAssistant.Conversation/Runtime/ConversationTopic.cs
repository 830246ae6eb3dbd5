namespace ChatAssistant.Conversation.Runtime;

/// <summary>What the conversation was last about, so a short follow-up ("bao nhiêu tiền?") is read against it.</summary>
/// <param name="Subject">A feature's id for it, e.g. the procedure answered last.</param>
/// <param name="At">When it was last discussed; a topic older than the conversation's memory is forgotten.</param>
public sealed record ConversationTopic(string Kind, string Subject, DateTimeOffset At);
