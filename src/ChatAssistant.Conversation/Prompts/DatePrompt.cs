using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>A day ("mai", "thứ 5", "20/12"), relative to today in Vietnam by the turn's clock.</summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    protected override string RetryTextKey => "prompt-date-retry";
    protected override string DefaultHelpTextKey => "help-prompt-date";

    protected override Task<PromptRecognition<DateOnly>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(turn) is { } text && new DateRecognizer(turn.Clock).Recognize(text) is { } date
            ? PromptRecognition<DateOnly>.Recognized(date)
            : PromptRecognition<DateOnly>.NotRecognized);
}
