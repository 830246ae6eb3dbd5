using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Messaging.Dispatch;

/// <summary>What a message must still be answered with when its resident is past the flood limit: safety first.</summary>
/// <remarks>Implemented by the feature that owns the words (the emergency line); the dispatcher knows no feature.</remarks>
public interface IThrottledAnswers
{
    /// <summary>Text keys to send for <paramref name="activity"/>, and what to do once they are committed; none for most messages.</summary>
    ThrottledAnswer Answer(Activity activity);
}

/// <summary>The texts a throttled message still gets, and a callback run once they are committed to the outbox.</summary>
public sealed record ThrottledAnswer(IReadOnlyList<string> TextKeys, Action? Committed = null)
{
    public static readonly ThrottledAnswer None = new([]);
}
