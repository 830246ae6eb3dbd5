namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Residents' clock. "Hôm nay" for a resident is the date in Vietnam, not on the server: at 01:00 in Hà Nội it is
/// still yesterday in UTC. Times are stored in UTC and shown and reasoned about in this zone.
/// </summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()).DateTime);

    /// <summary>The instant at which the given local wall-clock time occurs in Vietnam.</summary>
    public static DateTimeOffset At(DateTime localWallClock) =>
        new(DateTime.SpecifyKind(localWallClock, DateTimeKind.Unspecified), Zone.GetUtcOffset(localWallClock));

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
