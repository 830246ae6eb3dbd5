namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// "Hôm nay" for a resident is the date in Vietnam, not on the server: at 01:00 in Hà Nội it is still yesterday in UTC.
/// </summary>
internal static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

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
