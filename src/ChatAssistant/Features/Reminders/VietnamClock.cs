namespace ChatAssistant.Features.Reminders;

/// <summary>Reminders are due and shown in Vietnamese time, whatever the server's zone.</summary>
internal static class VietnamClock
{
    public static TimeZoneInfo Zone { get; } = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim containers ship without tzdata; Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant of a Vietnamese wall-clock time.</summary>
    public static DateTimeOffset At(DateTime localWallClock) =>
        new(DateTime.SpecifyKind(localWallClock, DateTimeKind.Unspecified), Zone.GetUtcOffset(localWallClock));
}
