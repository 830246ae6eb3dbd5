namespace ChatAssistant.Conversation.Prompts;

/// <summary>The result of a prompt the resident chose to skip ("bỏ qua"), where skipping was allowed.</summary>
public sealed class PromptSkipped
{
    public static PromptSkipped Instance { get; } = new();

    private PromptSkipped()
    {
    }
}
