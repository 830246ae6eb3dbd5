namespace ChatAssistant.Conversations;

/// <summary>The <c>Conversation</c> section.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>A flow left alone longer than this expires; the resident is told when they come back.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the procedure last discussed is remembered, so "bao nhiêu tiền?" is read as a question about it.</summary>
    public TimeSpan TopicMemory { get; set; } = TimeSpan.FromMinutes(30);
}
