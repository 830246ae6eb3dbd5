using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Booking;

/// <summary>A day or a session an office closed; its slots are no longer offered and their bookings were closed.</summary>
/// <param name="SessionId">Only this session of the day; null for all of them.</param>
/// <param name="From">With <paramref name="To"/>, only slots overlapping this local time range; null for the whole day.</param>
public sealed record BookingClosure(long Id, string OaId, DateOnly Day, string? SessionId, TimeOnly? From, TimeOnly? To, string Reason)
{
    public bool Covers(DateOnly day, string sessionId, DateTimeOffset start, DateTimeOffset end)
    {
        if (day != Day || (SessionId is not null && SessionId != sessionId))
        {
            return false;
        }
        if (From is not { } from || To is not { } to)
        {
            return true;
        }
        var localStart = TimeOnly.FromDateTime(VietnamTime.ToLocal(start).DateTime);
        var localEnd = localStart.Add(end - start);
        return localStart < to && localEnd > from;
    }

    public bool Covers(CalendarSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return Covers(VietnamTime.DayOf(slot.Start), slot.SessionId, slot.Start, slot.End);
    }
}
