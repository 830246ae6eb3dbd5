using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>A place: the channel's location share, or an address typed out.</summary>
public sealed class LocationPrompt(string id, PromptValidator<LocationAnswer>? validator = null) : Prompt<LocationAnswer>(id, validator)
{
    // Shorter than this is rarely an address ("ok", "gần chợ" is borderline but still useful to an officer).
    private const int MinimumAddressLength = 5;

    protected override string RetryTextKey => "prompt-location-retry";
    protected override string DefaultHelpTextKey => "help-prompt-location";

    protected override Task<PromptRecognition<LocationAnswer>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        if (turn.Activity.Location is { } point)
        {
            return Task.FromResult(PromptRecognition<LocationAnswer>.Recognized(new LocationAnswer(point, point.Address)));
        }
        return Task.FromResult(TextOf(turn) is { } text && text.Trim().Length >= MinimumAddressLength
            ? PromptRecognition<LocationAnswer>.Recognized(new LocationAnswer(null, text.Trim()))
            : PromptRecognition<LocationAnswer>.NotRecognized);
    }
}
