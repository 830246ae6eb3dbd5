using System.Globalization;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Offices;

/// <summary>
/// "Chiều thứ Bảy có làm không", "Chủ nhật thì sao", "giờ có ai trực không": the line that answers for the day asked,
/// above the office's card, so the resident need not read the week's hours to find it.
/// </summary>
public static class OfficeDay
{
    public const string OpenTextKey = "office-day-open";
    public const string MorningOnlyTextKey = "office-day-morning-only";
    public const string ClosedTextKey = "office-day-closed";
    public const string HolidayTextKey = "office-day-holiday";
    public const string AwayTextKey = "office-day-away";
    public const string OpenNowTextKey = "office-now-open";
    public const string BreakNowTextKey = "office-now-break";
    public const string ClosedNowTextKey = "office-now-closed";

    public static IReadOnlyList<string> TextKeys { get; } =
        [OpenTextKey, MorningOnlyTextKey, ClosedTextKey, HolidayTextKey, AwayTextKey, OpenNowTextKey, BreakNowTextKey, ClosedNowTextKey];

    private static readonly TimeOnly Noon = new(12, 0);

    /// <summary>The lines for <paramref name="day"/> at <paramref name="office"/>; <paramref name="now"/> when the resident asked about this moment.</summary>
    public static IEnumerable<string> Lines(Office office, DateOnly day, bool afternoon, TimeOnly? now, string? holiday, ITextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(texts);
        var name = VietnameseDays.Name(day.DayOfWeek) + " " + day.ToString("dd/MM", CultureInfo.InvariantCulture);
        if (holiday is not null)
        {
            yield return texts.Get(HolidayTextKey, ("day", name), ("holiday", holiday), ("office", office.Name));
            yield break;
        }
        var times = office.Hours.Where(h => h.Days.Contains(day.DayOfWeek)).SelectMany(h => h.Times).OrderBy(t => t.From).ToList();
        if (times.Count == 0)
        {
            yield return texts.Get(ClosedTextKey, ("day", name), ("office", office.Name));
            yield break;
        }
        var spans = string.Join(", ", times);
        yield return afternoon && times.All(t => t.To <= Noon)
            ? texts.Get(MorningOnlyTextKey, ("day", name), ("office", office.Name), ("times", spans))
            : texts.Get(OpenTextKey, ("day", name), ("office", office.Name), ("times", spans));
        if (now is { } time)
        {
            if (times.FirstOrDefault(t => t.Contains(time)) is { } open)
            {
                yield return texts.Get(OpenNowTextKey, ("office", office.Name), ("until", open.To.ToString("HH\\:mm", CultureInfo.InvariantCulture)));
            }
            else if (times.FirstOrDefault(t => t.From > time) is { } next)
            {
                yield return texts.Get(BreakNowTextKey, ("office", office.Name), ("from", next.From.ToString("HH\\:mm", CultureInfo.InvariantCulture)));
            }
            else
            {
                yield return texts.Get(ClosedNowTextKey, ("office", office.Name));
            }
        }
    }
}
