using System.Globalization;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;

namespace ChatAssistant.Features.Offices;

/// <summary>
/// The day whose hours the resident just asked ("Chủ nhật này có tiếp nhận không ạ?"), for a time given next without a day
/// while booking ("Tôi đến khoảng 8 giờ sáng."): that day is meant.
/// </summary>
public static class DayAskedAbout
{
    private const string Kind = "day";

    // Long enough for the next message, short enough that a day asked about earlier is not taken for today's booking.
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);

    public static void Remember(ITurnContext turn, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ConversationStateMiddleware.Of(turn).State.DayTopic =
            new ConversationTopic(Kind, day.ToString("O", CultureInfo.InvariantCulture), turn.Clock.GetUtcNow());
    }

    /// <summary>Once taken for a booking, the day is no longer meant by a time given later.</summary>
    public static void Forget(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ConversationStateMiddleware.Of(turn).State.DayTopic = null;
    }

    /// <summary>The day asked about within the last minutes, or null.</summary>
    public static DateOnly? Recall(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ConversationStateMiddleware.Of(turn).State.DayTopic is { Kind: Kind } topic && turn.Clock.GetUtcNow() - topic.At <= Memory
            && DateOnly.TryParseExact(topic.Subject, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : null;
    }
}
