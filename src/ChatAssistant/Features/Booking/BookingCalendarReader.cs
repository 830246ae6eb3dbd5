using System.Globalization;
using ChatAssistant.Content;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Features.Booking;

/// <summary>Reads dialogs/booking.yaml strictly, naming file and line for every problem.</summary>
internal static class BookingCalendarReader
{
    public static BookingCalendar Read(string file, ProcedureCatalogue catalogue, OfficeDirectory offices)
    {
        var root = new YamlMap(file, "", YamlDocuments.LoadMapping(file, "'holidays' and 'accounts'"));
        var holidays = root.Maps("holidays").Select(ReadHoliday).ToList();
        var accounts = new Dictionary<string, AccountCalendar>(StringComparer.Ordinal);
        foreach (var map in root.Maps("accounts"))
        {
            var account = ReadAccount(map, catalogue, offices);
            if (!accounts.TryAdd(account.OaId, account))
            {
                throw map.ErrorAt("oa_id", $"{map.Path}.oa_id '{account.OaId}' is listed twice");
            }
        }
        root.EnsureNoOtherKeys();
        return new BookingCalendar(accounts, holidays);
    }

    private static Holiday ReadHoliday(YamlMap map)
    {
        var holiday = new Holiday(map.Date("from"), map.Date("to"), map.Required("name"));
        map.EnsureNoOtherKeys();
        return holiday.To >= holiday.From ? holiday : throw map.ErrorAt("to", $"{map.Path}.to must not be before {map.Path}.from");
    }

    private static AccountCalendar ReadAccount(YamlMap map, ProcedureCatalogue catalogue, OfficeDirectory offices)
    {
        var oaId = map.Required("oa_id");
        var officeId = map.Required("office");
        var office = offices.UnitOf(oaId)?.Offices.FirstOrDefault(o => o.Id == officeId)
            ?? throw map.ErrorAt("office", $"{map.Path}.office '{officeId}' is not an office of account {oaId} in {OfficeDirectory.FileName}");
        var slotMinutes = Positive(map, "slot_minutes");
        var capacity = Positive(map, "slot_capacity");
        var leadMinutes = map.Int("lead_time_minutes") ?? throw map.ErrorAt("lead_time_minutes", $"{map.Path}.lead_time_minutes must be a whole number of minutes");
        var horizon = Positive(map, "horizon_days");
        var limit = Positive(map, "max_active_per_resident");
        var counters = map.Maps("counters").Select(ReadCounter).ToList();
        var services = map.Maps("services").Select(s => ReadService(s, catalogue, counters, slotMinutes)).ToList();
        if (services.Count == 0)
        {
            throw map.ErrorAt("services", $"{map.Path}.services must list at least one service");
        }
        CheckUnique(map, "counters", counters.Select(c => c.Id), "counter id");
        CheckUnique(map, "services", services.Select(s => s.Id), "service id");
        CheckUnique(map, "services", services.Select(s => s.TicketPrefix.ToString()), "ticket prefix");
        var place = new BookingPlace(office.Name, office.Address, office.Location);
        // Working hours may differ by day (mornings and afternoons on weekdays, mornings only on Wednesday): a session per line.
        var hours = map.Maps("hours").Select(h => ReadHours(h, slotMinutes)).ToList();
        if (hours.Count == 0)
        {
            throw map.ErrorAt("hours", $"{map.Path}.hours must list at least one line of days and times");
        }
        var sessions = hours.Select((h, i) => new BookingSession(
            i == 0 ? BookingSession.WorkingHoursId : $"{BookingSession.WorkingHoursId}-{i + 1}", "Giờ hành chính", h.Days, [], h.Times, place, [], capacity))
            .ToList();
        // Two lines covering the same day and time would offer every slot there twice.
        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions.Take(i).FirstOrDefault(other => Overlap(other, sessions[i], services)) is { } clash)
            {
                throw map.ErrorAt("hours", $"{map.Path}.hours line {i + 1} overlaps line {sessions.IndexOf(clash) + 1} on a day both cover");
            }
        }
        foreach (var sessionMap in map.Maps("sessions"))
        {
            var session = ReadSession(sessionMap, place, capacity, slotMinutes, services);
            if (sessions.FirstOrDefault(s => s.Id == session.Id) is not null)
            {
                throw sessionMap.ErrorAt("id", $"{sessionMap.Path}.id '{session.Id}' is used twice");
            }
            if (sessions.FirstOrDefault(other => Overlap(other, session, services)) is { } clash)
            {
                throw sessionMap.ErrorAt("times", $"{sessionMap.Path} overlaps '{clash.Id}' for a service both offer: a slot would be booked at two places at once");
            }
            sessions.Add(session);
        }
        map.EnsureNoOtherKeys();
        return new AccountCalendar(oaId, place, services, counters, slotMinutes, sessions, TimeSpan.FromMinutes(leadMinutes), horizon, limit);
    }

    private static BookingCounter ReadCounter(YamlMap map)
    {
        var counter = new BookingCounter(map.Required("id"), map.Required("name"));
        map.EnsureNoOtherKeys();
        return counter;
    }

    private static BookableService ReadService(YamlMap map, ProcedureCatalogue catalogue, List<BookingCounter> counters, int slotMinutes)
    {
        var id = map.Required("id");
        var procedure = catalogue.Find(id) ?? throw map.ErrorAt("id", $"{map.Path}.id '{id}' is not a procedure of the catalogue (dialogs/procedures/)");
        if (!procedure.Bookable)
        {
            throw map.ErrorAt("id", $"{map.Path}.id '{id}' is not marked 'bookable: true' in the catalogue");
        }
        var duration = Positive(map, "duration_minutes");
        if (duration > slotMinutes)
        {
            throw map.ErrorAt("duration_minutes", $"{map.Path}.duration_minutes must not exceed slot_minutes ({slotMinutes})");
        }
        var prefix = map.Required("ticket_prefix");
        if (prefix.Length != 1 || !char.IsAsciiLetterUpper(prefix[0]))
        {
            throw map.ErrorAt("ticket_prefix", $"{map.Path}.ticket_prefix '{prefix}' must be one capital letter A-Z");
        }
        var counter = map.Required("counter");
        if (counters.All(c => c.Id != counter))
        {
            throw map.ErrorAt("counter", $"{map.Path}.counter '{counter}' is not one of the account's counters");
        }
        map.EnsureNoOtherKeys();
        return new BookableService(id, procedure.Name, duration, prefix[0], counter);
    }

    private static (List<DayOfWeek> Days, List<TimeRange> Times) ReadHours(YamlMap map, int slotMinutes)
    {
        var daysText = map.Required("days");
        var days = OfficeFileReader.ParseDays(daysText) ?? throw map.ErrorAt("days",
            $"{map.Path}.days '{daysText}' must be days like 'mon-fri', 'sat' or 'mon, wed' (mon tue wed thu fri sat sun)");
        var times = ReadTimes(map, slotMinutes);
        map.EnsureNoOtherKeys();
        return (days, times);
    }

    private static BookingSession ReadSession(YamlMap map, BookingPlace office, int capacity, int slotMinutes, List<BookableService> services)
    {
        var id = map.Required("id");
        var name = map.Required("name");
        var daysText = map.Optional("days");
        var days = daysText is null ? [] : OfficeFileReader.ParseDays(daysText) ?? throw map.ErrorAt("days",
            $"{map.Path}.days '{daysText}' must be days like 'sat' or 'mon, wed' (mon tue wed thu fri sat sun)");
        var dates = new List<DateOnly>();
        foreach (var text in map.Strings("dates"))
        {
            dates.Add(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw map.ErrorAt("dates", $"{map.Path}.dates '{text}' must be a date written yyyy-mm-dd"));
        }
        if ((days.Count == 0) == (dates.Count == 0))
        {
            throw map.ErrorAt("days", $"{map.Path} needs either days (weekly) or dates, not both");
        }
        var times = ReadTimes(map, slotMinutes);
        var serviceIds = map.Strings("services");
        if (serviceIds.FirstOrDefault(s => services.All(known => known.Id != s)) is { } unknown)
        {
            throw map.ErrorAt("services", $"{map.Path}.services '{unknown}' is not one of the account's services");
        }
        var sessionCapacity = map.Int("capacity") ?? capacity;
        if (sessionCapacity <= 0)
        {
            throw map.ErrorAt("capacity", $"{map.Path}.capacity must be a whole number above 0, or null for slot_capacity");
        }
        var place = map.Map("place") is { } placeMap ? ReadPlace(placeMap) : office;
        map.EnsureNoOtherKeys();
        return new BookingSession(id, name, days, dates, times, place, serviceIds, sessionCapacity);
    }

    private static BookingPlace ReadPlace(YamlMap map)
    {
        var location = map.Required("location");
        var place = new BookingPlace(map.Required("name"), map.Required("address"), MapPoint.Parse(location)
            ?? throw map.ErrorAt("location", $"{map.Path}.location '{location}' must be 'latitude, longitude', e.g. '21.028511, 105.854167'"));
        map.EnsureNoOtherKeys();
        return place;
    }

    private static List<TimeRange> ReadTimes(YamlMap map, int slotMinutes)
    {
        var times = new List<TimeRange>();
        foreach (var text in map.Strings("times"))
        {
            var range = OfficeFileReader.ParseRange(text) ?? throw map.ErrorAt("times", $"{map.Path}.times '{text}' must be like '07:30-11:30'");
            if ((range.To - range.From).TotalMinutes < slotMinutes)
            {
                throw map.ErrorAt("times", $"{map.Path}.times '{text}' is shorter than one slot ({slotMinutes} minutes)");
            }
            times.Add(range);
        }
        if (times.Count == 0)
        {
            throw map.ErrorAt("times", $"{map.Path}.times must list at least one range like '07:30-11:30'");
        }
        return times;
    }

    private static int Positive(YamlMap map, string key) =>
        map.Int(key) is { } value && value > 0 ? value : throw map.ErrorAt(key, $"{map.Path}.{key} must be a whole number above 0");

    private static void CheckUnique(YamlMap map, string key, IEnumerable<string> values, string what)
    {
        if (values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw map.ErrorAt(key, $"{map.Path}.{key}: {what} '{twice.Key}' is used twice");
        }
    }

    /// <summary>Two sessions that share a service and a day with overlapping times would give a slot two places.</summary>
    private static bool Overlap(BookingSession a, BookingSession b, List<BookableService> services)
    {
        var sharesService = services.Any(s => a.Offers(s.Id) && b.Offers(s.Id));
        var sharesDay = (a.Dates.Count, b.Dates.Count) switch
        {
            (0, 0) => a.Days.Intersect(b.Days).Any(),
            (0, _) => b.Dates.Any(d => a.Days.Contains(d.DayOfWeek)),
            (_, 0) => a.Dates.Any(d => b.Days.Contains(d.DayOfWeek)),
            _ => a.Dates.Intersect(b.Dates).Any(),
        };
        return sharesService && sharesDay && a.Times.Any(x => b.Times.Any(y => x.From < y.To && y.From < x.To));
    }
}
