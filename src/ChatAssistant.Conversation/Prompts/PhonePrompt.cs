using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>A Vietnamese phone number, returned as <c>84…</c>. Always personal data: the transcript redacts it.</summary>
public sealed class PhonePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string RetryTextKey => "prompt-phone-retry";
    protected override string DefaultHelpTextKey => "help-prompt-phone";

    protected override bool SurelyAnswers(string text, PromptOptions options) => PhoneRecognizer.Normalize(text) is not null;

    protected override Task<PromptRecognition<string>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        turn.IncomingIsSensitive = true;
        var phone = TextOf(turn) is { } text ? PhoneRecognizer.Normalize(text) : turn.Activity.SubmittedInfo?.Phone is { } shared ? PhoneRecognizer.Normalize(shared) : null;
        return Task.FromResult(phone is null ? PromptRecognition<string>.NotRecognized : PromptRecognition<string>.Recognized(phone));
    }
}
