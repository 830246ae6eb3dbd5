using System.Globalization;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>Days and times as residents read them: "Thứ Năm 20/12", "08:30", in Vietnam's time.</summary>
public static class AppointmentTime
{

    public static string Day(DateOnly day) => $"{VietnameseDays.Name(day.DayOfWeek)} {day.ToString("dd/MM", CultureInfo.InvariantCulture)}";

    public static string Clock(DateTimeOffset instant) => VietnamTime.ToLocal(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToLocal(instant).DateTime);

    /// <summary>"Thứ Năm 20/12 lúc 08:30".</summary>
    public static string DayAndClock(DateTimeOffset instant) => $"{Day(LocalDay(instant))} lúc {Clock(instant)}";
}
