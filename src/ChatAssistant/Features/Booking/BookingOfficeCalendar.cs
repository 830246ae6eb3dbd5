using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>The booking calendar's holidays and mobile sessions, for the office answers ("Chủ nhật có làm không").</summary>
internal sealed class BookingOfficeCalendar(BookingCalendar calendar, OfficeDirectory offices) : IOfficeCalendar
{
    public string? HolidayOn(DateOnly day) => calendar.HolidayOn(day)?.Name;

    public IReadOnlyList<string> SessionsAwayOn(string oaId, DateOnly day)
    {
        if (calendar.For(oaId) is not { } account)
        {
            return [];
        }
        var own = offices.UnitOf(oaId)?.Offices.Select(o => o.Address).ToHashSet(StringComparer.Ordinal) ?? [];
        return [.. account.Sessions
            .Where(s => s.IsOn(day) && !own.Contains(s.Place.Address))
            .Select(s => $"{s.Name} ({s.Place.Address}), {string.Join(", ", s.Times)}")];
    }
}
