using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>A day, a time or both ("sáng mai", "8h thứ 3 tuần sau", "chiều nay").</summary>
public sealed class DateTimePrompt(string id, PromptValidator<DateTimeRecognition>? validator = null)
    : Prompt<DateTimeRecognition>(id, validator)
{
    protected override string RetryTextKey => "prompt-datetime-retry";
    protected override string DefaultHelpTextKey => "help-prompt-datetime";

    protected override Task<PromptRecognition<DateTimeRecognition>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(turn) is { } text && new DateTimeRecognizer(turn.Clock).Recognize(text) is { } when
            ? PromptRecognition<DateTimeRecognition>.Recognized(when)
            : PromptRecognition<DateTimeRecognition>.NotRecognized);
}
