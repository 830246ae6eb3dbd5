using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>A whole number, typed as digits or Vietnamese words ("2", "hai", "số 2").</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    protected override string RetryTextKey => "prompt-number-retry";
    protected override string DefaultHelpTextKey => "help-prompt-number";

    protected override Task<PromptRecognition<int>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(turn) is { } text && NumberRecognizer.Recognize(text) is { } number
            ? PromptRecognition<int>.Recognized(number)
            : PromptRecognition<int>.NotRecognized);
}
