using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>
/// Yes or no ("có", "ừ", "ok", "đồng ý" / "không", "ko", "thôi"); <see cref="PromptOptions.Choices"/> valued "yes" and
/// "no" add the question's own words for them ("gửi đi" where the question is whether to send).
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override string RetryTextKey => "prompt-confirm-retry";
    protected override string DefaultHelpTextKey => "help-prompt-confirm";

    protected override Task OnPromptAsync(ITurnContext turn, DialogInstance instance, PromptOptions options, string? lead, CancellationToken cancellationToken)
    {
        SendLed(turn, lead, WithSuffix(options.Prompt, turn.Texts.Get("prompt-confirm-hint")));
        return Task.CompletedTask;
    }

    protected override Task<PromptRecognition<bool>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TextOf(turn) is { } text && Read(text, options.Choices) is { } answer
            ? PromptRecognition<bool>.Recognized(answer)
            : PromptRecognition<bool>.NotRecognized);

    // "hủy", "menu" stay the words every flow obeys: "hủy" at "Xác nhận đặt lịch?" leaves, it does not pick again.
    protected override bool SurelyAnswers(string text, PromptOptions options) =>
        Read(text, options.Choices) is not null && Runtime.InterruptionRecognizer.Recognize(text) == Runtime.Interruption.None;

    public const string Yes = "yes";
    public const string No = "no";

    private static bool? Read(string text, List<Choice>? words) =>
        YesNoRecognizer.Recognize(text)
        ?? (words is { Count: > 0 } && ChoiceRecognizer.Recognize(text, words) is { } index ? words[index].Value == Yes : null);
}
