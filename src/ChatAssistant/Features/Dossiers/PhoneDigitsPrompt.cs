using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Dossiers;

/// <summary>The last 4 digits of a phone number, typed the resident's way (<see cref="DossierPhone.LastDigitsIn"/>). Personal data: the transcript redacts it.</summary>
internal sealed class PhoneDigitsPrompt(string id) : Prompt<string>(id)
{
    protected override string RetryTextKey => DossierTexts.PhoneRetry;

    protected override string DefaultHelpTextKey => DossierTexts.PhoneHelp;

    // "6789" is this question's answer, never a question on the side.
    protected override bool SurelyAnswers(string text, PromptOptions options) => DossierPhone.LastDigitsIn(text) is not null;

    protected override Task<PromptRecognition<string>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        turn.IncomingIsSensitive = true;
        return Task.FromResult(TextOf(turn) is { } text && DossierPhone.LastDigitsIn(text) is { } digits
            ? PromptRecognition<string>.Recognized(digits)
            : PromptRecognition<string>.NotRecognized);
    }
}
