namespace ChatAssistant.Features.Reminders;

/// <summary>Keys of the texts in <c>dialogs/texts/reminders.yaml</c>.</summary>
public static class ReminderTexts
{
    /// <summary>The OA reminder: <c>{service}</c>, <c>{when}</c>, <c>{place}</c>, <c>{address}</c>, <c>{map}</c>, <c>{ticket}</c>, <c>{code}</c>.</summary>
    public const string Message = "reminder-message";

    /// <summary>The line with the map link, filled into <c>{map}</c> when the office has coordinates: <c>{link}</c>.</summary>
    public const string MapLine = "reminder-map-line";

    /// <summary>How the date and time read: <c>{day}</c> (thứ Năm), <c>{date}</c> (20/12), <c>{time}</c> (08:30).</summary>
    public const string When = "reminder-when";

    public static IReadOnlyList<string> All { get; } = [Message, MapLine, When];
}
