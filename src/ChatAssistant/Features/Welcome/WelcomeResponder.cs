using ChatAssistant.Content;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Messaging.Dispatch;

namespace ChatAssistant.Features.Welcome;

/// <summary>The front door until the dialog runtime takes over: a welcome on follow or greeting.</summary>
public sealed class WelcomeResponder(ResidentTexts texts) : ITurnHandler
{
    // Folded forms: residents often type without diacritics ("xin chao", "chao ban").
    private static readonly string[] Greetings = ["xin chao", "chao", "hello", "hi", "alo", "a lo", "helo", "chao ban", "chao anh", "chao chi", "chao em"];

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityType.Follow or ActivityType.ConversationStart:
                turn.SendText(texts.Get(ResidentTexts.Welcome));
                break;
            case ActivityType.Message when activity.Text is { } text && IsGreeting(text):
                turn.SendText(texts.Get(ResidentTexts.Welcome));
                break;
            case ActivityType.Message:
                turn.SendText(texts.Get(ResidentTexts.NotYetUnderstood));
                break;
        }
        return Task.CompletedTask;
    }

    public static bool IsGreeting(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Greetings.Any(g => folded == g || folded.StartsWith(g + " ", StringComparison.Ordinal));
    }
}
