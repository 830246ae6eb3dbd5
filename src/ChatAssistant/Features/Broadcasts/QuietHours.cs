using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>The hours in Vietnam when non-urgent notices wait (22:00–06:00 unless configured), which may span midnight.</summary>
public sealed record QuietHours(TimeSpan Start, TimeSpan End)
{
    public static QuietHours From(BroadcastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new QuietHours(options.QuietHoursStart, options.QuietHoursEnd);
    }

    public bool IsQuietAt(DateTimeOffset instant)
    {
        var time = VietnamTime.ToLocal(instant).TimeOfDay;
        return Start <= End ? time >= Start && time < End : time >= Start || time < End;
    }

    /// <summary>When the quiet hours around <paramref name="instant"/> end; null when it is not quiet then.</summary>
    public DateTimeOffset? EndAfter(DateTimeOffset instant)
    {
        if (!IsQuietAt(instant))
        {
            return null;
        }
        var local = VietnamTime.ToLocal(instant);
        var day = DateOnly.FromDateTime(local.DateTime);
        var end = VietnamTime.At(day, TimeOnly.FromTimeSpan(End));
        return end > instant ? end : VietnamTime.At(day.AddDays(1), TimeOnly.FromTimeSpan(End));
    }
}
