namespace ChatAssistant.Features.Offices;

/// <summary>
/// What the week's opening hours do not say about a day: a public holiday, or a session away from the office (a mobile
/// session at a village hall on Sundays). Booking's calendar knows both; the office answers ask it.
/// </summary>
public interface IOfficeCalendar
{
    /// <summary>The holiday's name when <paramref name="day"/> is a day off for everyone; else null.</summary>
    string? HolidayOn(DateOnly day);

    /// <summary>Sessions of the account on <paramref name="day"/> held elsewhere than its offices, e.g. "Lưu động tại Nhà văn hoá thôn Đông (Thôn Đông, ...): 07:30–11:00".</summary>
    IReadOnlyList<string> SessionsAwayOn(string oaId, DateOnly day);

    /// <summary>Every session of the account held away from its offices, for a resident asking about its place.</summary>
    IReadOnlyList<OfficeSession> SessionsAway(string oaId);
}

/// <summary>A session held away from the offices (a mobile session at a village hall): where and when.</summary>
public sealed record OfficeSession(string Name, string PlaceName, string Address, MapPoint? Location, IReadOnlyList<DayOfWeek> Days, IReadOnlyList<TimeRange> Times);
