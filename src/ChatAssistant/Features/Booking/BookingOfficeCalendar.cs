using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>The booking calendar's holidays and mobile sessions, for the office answers ("Chủ nhật có làm không").</summary>
internal sealed class BookingOfficeCalendar(BookingCalendar calendar, OfficeDirectory offices) : IOfficeCalendar
{
    public string? HolidayOn(DateOnly day) => calendar.HolidayOn(day)?.Name;

    public IReadOnlyList<string> SessionsAwayOn(string oaId, DateOnly day) =>
        [.. Away(oaId).Where(s => s.IsOn(day)).Select(s => $"{s.Name} ({s.Place.Address}), {string.Join(", ", s.Times)}")];

    public IReadOnlyList<OfficeSession> SessionsAway(string oaId) =>
        [.. Away(oaId).Select(s => new OfficeSession(s.Name, s.Place.Name, s.Place.Address, s.Place.Location, s.Days, s.Times))];

    private IEnumerable<BookingSession> Away(string oaId)
    {
        if (calendar.For(oaId) is not { } account)
        {
            return [];
        }
        var own = offices.UnitOf(oaId)?.Offices.Select(o => o.Address).ToHashSet(StringComparer.Ordinal) ?? [];
        return account.Sessions.Where(s => !own.Contains(s.Place.Address));
    }
}
