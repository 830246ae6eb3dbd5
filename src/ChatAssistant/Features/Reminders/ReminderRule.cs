using ChatAssistant.Conversation.Recognizers;
using System.Globalization;

namespace ChatAssistant.Features.Reminders;

/// <summary>
/// When a reminder goes out, relative to the appointment: at a time of day on the evening before
/// (<c>{ "DayBeforeAt": "18:00" }</c>) or a span before the start (<c>{ "Before": "02:00:00" }</c>). Exactly one is set.
/// </summary>
public sealed class ReminderRule
{
    private const string DayBeforePrefix = "day-before-";
    private const string BeforePrefix = "before-";

    /// <summary>Vietnamese wall-clock time on the day before the appointment.</summary>
    public TimeSpan? DayBeforeAt { get; set; }

    public TimeSpan? Before { get; set; }

    /// <summary>
    /// The rule as jobs carry it (<c>day-before-1800</c>, <c>before-120m</c>); <see cref="Parse"/> reads it back,
    /// so a job fires as scheduled even if the configured rules changed since.
    /// </summary>
    public string Name => DayBeforeAt is { } at
        ? string.Create(CultureInfo.InvariantCulture, $"{DayBeforePrefix}{at.Hours:00}{at.Minutes:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{BeforePrefix}{(long)(Before ?? TimeSpan.Zero).TotalMinutes}m");

    public static ReminderRule DayBefore(TimeSpan at) => new() { DayBeforeAt = at };

    public static ReminderRule BeforeStart(TimeSpan span) => new() { Before = span };

    /// <summary>When the reminder of an appointment starting at <paramref name="start"/> is due (UTC).</summary>
    public DateTimeOffset DueAt(DateTimeOffset start)
    {
        if (DayBeforeAt is { } at)
        {
            var day = VietnamTime.ToLocal(start).Date.AddDays(-1);
            return VietnamTime.At(day + at).ToUniversalTime();
        }
        return (start - (Before ?? TimeSpan.Zero)).ToUniversalTime();
    }

    /// <summary>What is wrong with the rule, or null.</summary>
    public string? Problem() => (DayBeforeAt, Before) switch
    {
        (null, null) => "set DayBeforeAt (e.g. \"18:00\") or Before (e.g. \"02:00:00\")",
        ({ }, { }) => "set DayBeforeAt or Before, not both",
        ({ } at, null) when at < TimeSpan.Zero || at >= TimeSpan.FromDays(1) => "DayBeforeAt must be a time of day",
        ({ } at, null) when at.Seconds != 0 || at.Milliseconds != 0 => "DayBeforeAt must be whole minutes",
        (null, { } span) when span <= TimeSpan.Zero => "Before must be positive",
        (null, { } span) when span.Ticks % TimeSpan.TicksPerMinute != 0 => "Before must be whole minutes",
        _ => null,
    };

    public static ReminderRule? Parse(string name)
    {
        if (name.StartsWith(DayBeforePrefix, StringComparison.Ordinal)
            && name.Length == DayBeforePrefix.Length + 4
            && int.TryParse(name.AsSpan(DayBeforePrefix.Length, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(name.AsSpan(DayBeforePrefix.Length + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && hours < 24 && minutes < 60)
        {
            return DayBefore(new TimeSpan(hours, minutes, 0));
        }
        if (name.StartsWith(BeforePrefix, StringComparison.Ordinal) && name.EndsWith('m')
            && long.TryParse(name.AsSpan(BeforePrefix.Length, name.Length - BeforePrefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var total)
            && total > 0)
        {
            return BeforeStart(TimeSpan.FromMinutes(total));
        }
        return null;
    }

    public override string ToString() => Name;
}
