namespace ChatAssistant.Zalo.Api;

/// <summary>Zalo's clock: quotas and quiet hours follow Vietnamese local time.</summary>
internal static class VietnamTime
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone { get; } = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim containers ship without tzdata. Vietnam has kept UTC+7 without daylight saving
            // since 1975, so a fixed offset gives the same answers.
            return TimeZoneInfo.CreateCustomTimeZone(TimeZoneId, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }

    /// <summary>The instant at which the given local wall-clock time occurs in Vietnam.</summary>
    public static DateTimeOffset At(DateTime localWallClock) =>
        new(DateTime.SpecifyKind(localWallClock, DateTimeKind.Unspecified), Zone.GetUtcOffset(localWallClock));

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
