namespace ChatAssistant.Conversation.Prompts;

/// <summary>The result of a prompt that ran out of attempts: the dialog decides what happens next.</summary>
public sealed class PromptGaveUp
{
    public static PromptGaveUp Instance { get; } = new();

    private PromptGaveUp()
    {
    }
}
