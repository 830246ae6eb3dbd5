namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Residents' clock. "Hôm nay" for a resident is the date in Vietnam, not on the server: at 01:00 in Hà Nội it is
/// still yesterday in UTC. Times are stored in UTC and shown and reasoned about in this zone.
/// </summary>
public static class VietnamTime
{
    /// <summary>Asia/Ho_Chi_Minh, or a fixed UTC+7 where the container has no time zone data.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow());
    }

    /// <summary>The date in Vietnam at <paramref name="instant"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant at which the given local wall-clock time occurs in Vietnam.</summary>
    public static DateTimeOffset At(DateTime localWallClock) =>
        new DateTimeOffset(DateTime.SpecifyKind(localWallClock, DateTimeKind.Unspecified), Zone.GetUtcOffset(localWallClock)).ToUniversalTime();

    /// <summary>The instant (UTC) at which the wall clock in Vietnam shows <paramref name="time"/> on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => At(day.ToDateTime(time));

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Minimal containers may ship without time zone data; Vietnam has had no daylight saving since 1975.</summary>
    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
