using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Offices;

namespace ChatAssistant.Tests.Features.Reminders;

internal static class Appointments
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>An active appointment at the given Vietnamese time, booked from Zalo, with a phone number.</summary>
    public static Appointment At(DateTimeOffset start, string? userId = "user-1", string? phone = "0912345678") => new(
        42, "oa-1", "LH-0042", userId, phone, "cccd", "Cấp thẻ căn cước", start.ToUniversalTime(), start.ToUniversalTime().AddMinutes(15),
        "Công an phường Thử", "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội", new MapPoint(21.028511, 105.854167), AppointmentStatus.Active, "A-012");

    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Vietnam);
}
