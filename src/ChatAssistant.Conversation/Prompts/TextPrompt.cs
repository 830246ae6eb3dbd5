using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>Any typed text.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string RetryTextKey => "prompt-text-retry";
    protected override string DefaultHelpTextKey => "help-prompt-text";

    protected override Task<PromptRecognition<string>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(turn) is { } text ? PromptRecognition<string>.Recognized(text.Trim()) : PromptRecognition<string>.NotRecognized);
}
