using System.Globalization;
using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Booking;

/// <summary>The officers' bookings calendar: per day and session, places offered and taken, holidays and closures.</summary>
/// <remarks>
/// Slots belong to services (each service has its own places), so a session's count adds up every service's slots
/// in it: the calendar answers "how busy is Tuesday morning", the chat's slot lists answer "is 9:00 free".
/// </remarks>
public sealed class BookingWeek(BookingCalendar calendar, AppointmentStore store)
{
    /// <summary>The days from <paramref name="first"/>, <paramref name="days"/> of them; empty when the account takes no bookings.</summary>
    public IReadOnlyList<DayLoad> Of(string oaId, DateOnly first, int days = 7)
    {
        if (calendar.For(oaId) is not { } account || days <= 0)
        {
            return [];
        }
        var last = first.AddDays(days - 1);
        var from = VietnamTime.At(first, TimeOnly.MinValue);
        var to = VietnamTime.At(last.AddDays(1), TimeOnly.MinValue);
        var booked = account.Services.ToDictionary(s => s.Id, s => store.Booked(oaId, s.Id, from, to));
        var closures = store.Closures(oaId, first, last);
        var result = new List<DayLoad>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (calendar.HolidayOn(day) is { } holiday)
            {
                result.Add(new DayLoad(day, holiday.Name, []));
                continue;
            }
            var sessions = account.Sessions
                .Where(s => s.IsOn(day))
                .Select(s => Load(account, s, day, booked, closures))
                .Where(s => s.Slots > 0)
                .ToList();
            result.Add(new DayLoad(day, null, sessions));
        }
        return result;
    }

    private static SessionLoad Load(
        AccountCalendar account, BookingSession session, DateOnly day,
        Dictionary<string, IReadOnlyDictionary<long, int>> booked, IReadOnlyList<BookingClosure> closures)
    {
        int capacity = 0, taken = 0, slots = 0, closed = 0;
        string? reason = null;
        foreach (var service in account.Services)
        {
            foreach (var slot in account.SlotsOn(service.Id, day).Where(s => s.SessionId == session.Id))
            {
                slots++;
                if (closures.FirstOrDefault(c => c.Covers(slot)) is { } closure)
                {
                    closed++;
                    reason ??= closure.Reason;
                    continue;
                }
                capacity += slot.Capacity;
                taken += booked[service.Id].GetValueOrDefault(slot.Start.ToUnixTimeMilliseconds());
            }
        }
        var times = string.Join(", ", session.Times.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.From:HH\\:mm}–{t.To:HH\\:mm}")));
        return new SessionLoad(session.Id, session.Name, times, capacity, taken, slots, closed, reason);
    }
}
