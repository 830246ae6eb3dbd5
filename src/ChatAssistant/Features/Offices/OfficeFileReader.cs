using System.Globalization;
using ChatAssistant.Content;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Features.Offices;

/// <summary>Reads dialogs/offices.yaml strictly, naming file and line for every problem.</summary>
internal static class OfficeFileReader
{
    private static readonly string[] DayCodes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static OfficeDirectory Read(string file)
    {
        var root = new YamlMap(file, "", YamlDocuments.LoadMapping(file, "'shared' offices and 'accounts'"));
        var shared = root.Maps("shared").Select(ReadOffice).ToList();
        var units = new Dictionary<string, OfficeUnit>(StringComparer.Ordinal);
        foreach (var account in root.Maps("accounts"))
        {
            var oaId = account.Required("oa_id");
            var unit = new OfficeUnit(oaId, account.Required("unit"), [.. account.Maps("offices").Select(ReadOffice)]);
            account.EnsureNoOtherKeys();
            if (unit.Offices.Count == 0)
            {
                throw account.ErrorAt("offices", $"{account.Path}.offices must list at least one office");
            }
            if (!units.TryAdd(oaId, unit))
            {
                throw account.ErrorAt("oa_id", $"{account.Path}.oa_id '{oaId}' is listed twice");
            }
        }
        root.EnsureNoOtherKeys();
        return new OfficeDirectory(units, shared);
    }

    private static Office ReadOffice(YamlMap map)
    {
        var kinds = map.Strings("kinds");
        if (kinds.Count == 0 || kinds.FirstOrDefault(k => !OfficeKinds.All.Contains(k)) is { } unknown)
        {
            throw map.ErrorAt("kinds", $"{map.Path}.kinds must list office kinds among {string.Join(", ", OfficeKinds.All)}");
        }
        var location = map.Required("location");
        var office = new Office(
            map.Required("id"),
            map.Required("name"),
            kinds,
            map.Required("address"),
            map.Required("phone"),
            [.. map.Maps("hours").Select(ReadHours)],
            MapPoint.Parse(location) ?? throw map.ErrorAt("location", $"{map.Path}.location '{location}' must be 'latitude, longitude', e.g. '21.028511, 105.854167'"),
            map.Optional("notes"));
        map.EnsureNoOtherKeys();
        if (office.Hours.Count == 0)
        {
            throw map.ErrorAt("hours", $"{map.Path}.hours must list at least one line of days and times");
        }
        return office;
    }

    private static OpeningHours ReadHours(YamlMap map)
    {
        var daysText = map.Required("days");
        var days = ParseDays(daysText) ?? throw map.ErrorAt("days",
            $"{map.Path}.days '{daysText}' must be days like 'mon-fri', 'sat' or 'mon, wed' (mon tue wed thu fri sat sun)");
        var times = new List<TimeRange>();
        foreach (var text in map.Strings("times"))
        {
            times.Add(ParseRange(text) ?? throw map.ErrorAt("times", $"{map.Path}.times '{text}' must be like '07:30-11:30'"));
        }
        map.EnsureNoOtherKeys();
        if (times.Count == 0)
        {
            throw map.ErrorAt("times", $"{map.Path}.times must list at least one range like '07:30-11:30'");
        }
        return new OpeningHours(days, times);
    }

    internal static List<DayOfWeek>? ParseDays(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            var first = Array.IndexOf(DayCodes, ends[0].ToLowerInvariant());
            var last = ends.Length == 2 ? Array.IndexOf(DayCodes, ends[1].ToLowerInvariant()) : first;
            if (ends.Length > 2 || first < 0 || last < 0)
            {
                return null;
            }
            // Ranges run forward through the week, so "sat-mon" would be Saturday, Sunday, Monday.
            for (var day = first; ; day = (day + 1) % 7)
            {
                if (!days.Contains((DayOfWeek)day))
                {
                    days.Add((DayOfWeek)day);
                }
                if (day == last)
                {
                    break;
                }
            }
        }
        return days.Count == 0 ? null : days;
    }

    internal static TimeRange? ParseRange(string text)
    {
        var ends = text.Split('-', StringSplitOptions.TrimEntries);
        return ends.Length == 2
            && TimeOnly.TryParseExact(ends[0], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(ends[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from < to
                ? new TimeRange(from, to)
                : null;
    }
}
