using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>A time of day ("8h30", "2 giờ chiều", "14:00").</summary>
public sealed class TimePrompt(string id, PromptValidator<TimeOnly>? validator = null) : Prompt<TimeOnly>(id, validator)
{
    protected override string RetryTextKey => "prompt-time-retry";
    protected override string DefaultHelpTextKey => "help-prompt-time";

    protected override Task<PromptRecognition<TimeOnly>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(turn) is { } text && TimeRecognizer.Recognize(text) is { } time
            ? PromptRecognition<TimeOnly>.Recognized(time)
            : PromptRecognition<TimeOnly>.NotRecognized);
}
