using System.Globalization;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking.Chat;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Times as officers read them: Vietnamese wall-clock time, day first.</summary>
public static class ConsoleTime
{
    public static string Show(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Show(DateTimeOffset? instant) => instant is { } value ? Show(value) : "—";

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset instant) => AppointmentTime.Clock(instant);
}
