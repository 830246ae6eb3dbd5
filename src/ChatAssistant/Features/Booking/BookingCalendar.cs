using ChatAssistant.Content;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Features.Booking;

/// <summary>The booking calendar of every account and the public holidays, from dialogs/booking.yaml.</summary>
public sealed class BookingCalendar : IStartupContent
{
    public const string FileName = "booking.yaml";

    private readonly IReadOnlyDictionary<string, AccountCalendar> _accounts;

    internal BookingCalendar(IReadOnlyDictionary<string, AccountCalendar> accounts, IReadOnlyList<Holiday> holidays)
    {
        _accounts = accounts;
        Holidays = holidays;
    }

    public IReadOnlyList<Holiday> Holidays { get; }

    public IEnumerable<string> AccountIds => _accounts.Keys;

    /// <summary>The account's calendar; null when it takes no bookings.</summary>
    public AccountCalendar? For(string oaId) => _accounts.GetValueOrDefault(oaId);

    public Holiday? HolidayOn(DateOnly day) => Holidays.FirstOrDefault(h => h.Covers(day));

    /// <summary>The calendar's slots of the service on that day (none on a holiday), before closures and bookings.</summary>
    public IReadOnlyList<CalendarSlot> SlotsOn(string oaId, string serviceId, DateOnly day) =>
        For(oaId) is { } account && account.Service(serviceId) is not null && HolidayOn(day) is null
            ? account.SlotsOn(serviceId, day)
            : [];

    /// <summary>The calendar's slot of the service that starts at <paramref name="start"/>; null when there is none.</summary>
    public CalendarSlot? SlotAt(string oaId, string serviceId, DateTimeOffset start) =>
        SlotsOn(oaId, serviceId, VietnamTime.DayOf(start)).FirstOrDefault(s => s.Start == start);

    public static BookingCalendar Load(DialogsFolder dialogs, ProcedureCatalogue catalogue, OfficeDirectory offices)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return Load(Path.Combine(dialogs.Path, FileName), catalogue, offices);
    }

    public static BookingCalendar Load(string file, ProcedureCatalogue catalogue, OfficeDirectory offices) =>
        BookingCalendarReader.Read(file, catalogue, offices);
}
