using System.Globalization;

namespace ChatAssistant.Features.Booking;

/// <summary>Queue numbers as the counter calls them: the service's letter and the day's sequence, <c>A-012</c>.</summary>
public static class QueueTicket
{
    public static string Format(char prefix, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number:000}");
}
