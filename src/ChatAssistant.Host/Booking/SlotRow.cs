using ChatAssistant.Features.Booking;

namespace ChatAssistant.Host.Booking;

/// <summary>A slot of <c>GET /api/admin/slots</c>: UTC times, places, the session and where.</summary>
public sealed record SlotRow(DateTimeOffset Start, DateTimeOffset End, int Capacity, int Booked, int PlacesLeft, string SessionId, string PlaceName)
{
    public static SlotRow From(SlotAvailability slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return new(slot.Start, slot.End, slot.Capacity, slot.Booked, slot.PlacesLeft, slot.SessionId, slot.PlaceName);
    }
}
