using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Host.Broadcasts;

/// <summary>A line of the account's notice list; the words and counts are in the notice's own report.</summary>
public sealed record BroadcastListItem(
    long Id, string Title, string Category, bool Urgent, string Status, DateTimeOffset? SendAt, DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, long? Targeted, long? OutOfWindow)
{
    public static BroadcastListItem From(Broadcast b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.Id, b.Title, b.Category, b.IsUrgent, b.Status, Time(b.SendAt), DateTimeOffset.FromUnixTimeMilliseconds(b.CreatedAt),
            Time(b.StartedAt), Time(b.FinishedAt), b.Targeted, b.OutOfWindow);
    }

    private static DateTimeOffset? Time(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
