using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Prompts;

/// <summary>
/// Zalo's "request user info" card: the resident shares name, phone and address with one tap.
/// The prompt's message should be a <see cref="OutboundMessageKind.RequestUserInfo"/> card.
/// </summary>
public sealed class UserInfoPrompt(string id, PromptValidator<SubmittedInfo>? validator = null) : Prompt<SubmittedInfo>(id, validator)
{
    protected override string RetryTextKey => "prompt-userinfo-retry";
    protected override string DefaultHelpTextKey => "help-prompt-userinfo";

    protected override Task<PromptRecognition<SubmittedInfo>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        if (turn.Activity is { Type: ActivityType.SubmitInfo, SubmittedInfo: { } info })
        {
            turn.IncomingIsSensitive = true;
            return Task.FromResult(PromptRecognition<SubmittedInfo>.Recognized(info));
        }
        return Task.FromResult(PromptRecognition<SubmittedInfo>.NotRecognized);
    }
}
