using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Booking;

/// <summary>One account's booking calendar: its services and counters, slot length, sessions and booking rules.</summary>
/// <param name="Sessions">The working hours first (id <see cref="BookingSession.WorkingHoursId"/>), then the extra sessions.</param>
/// <param name="LeadTime">Residents book at least this long ahead, so the counter can prepare.</param>
/// <param name="HorizonDays">The last bookable day is today plus this many days.</param>
/// <param name="MaxActivePerResident">Upcoming bookings one resident may hold at once.</param>
public sealed record AccountCalendar(
    string OaId,
    BookingPlace Office,
    IReadOnlyList<BookableService> Services,
    IReadOnlyList<BookingCounter> Counters,
    int SlotMinutes,
    IReadOnlyList<BookingSession> Sessions,
    TimeSpan LeadTime,
    int HorizonDays,
    int MaxActivePerResident)
{
    public BookableService? Service(string serviceId) => Services.FirstOrDefault(s => s.Id == serviceId);

    public BookingCounter? Counter(string counterId) => Counters.FirstOrDefault(c => c.Id == counterId);

    /// <summary>The slots of <paramref name="serviceId"/> on a day that is not a holiday, in time order.</summary>
    public IReadOnlyList<CalendarSlot> SlotsOn(string serviceId, DateOnly day)
    {
        var slots = new List<CalendarSlot>();
        var length = TimeSpan.FromMinutes(SlotMinutes);
        foreach (var session in Sessions.Where(s => s.IsOn(day) && s.Offers(serviceId)))
        {
            foreach (var range in session.Times)
            {
                // A slot that would run past the end of the range is not offered: the counter closes then.
                for (var start = range.From; start.ToTimeSpan() + length <= range.To.ToTimeSpan(); start = start.Add(length))
                {
                    var at = VietnamTime.At(day, start);
                    slots.Add(new CalendarSlot(at, at + length, session.Capacity, session.Id, session.Place));
                }
            }
        }
        slots.Sort((a, b) => a.Start.CompareTo(b.Start));
        return slots;
    }
}
