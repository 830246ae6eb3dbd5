using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>A slot as the chat and officers see it: times (UTC), places taken and left, and where.</summary>
public sealed record SlotAvailability(
    DateTimeOffset Start,
    DateTimeOffset End,
    int Capacity,
    int Booked,
    int PlacesLeft,
    string SessionId,
    string PlaceName,
    string PlaceAddress,
    MapPoint? Location);
