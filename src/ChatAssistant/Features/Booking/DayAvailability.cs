namespace ChatAssistant.Features.Booking;

/// <summary>A day residents can still book a service, with the free places left and where the sessions are.</summary>
/// <param name="FirstStart">The earliest free slot of the day (UTC).</param>
/// <param name="PlaceNames">The distinct places of the day's free slots, in the order of their first free slot.</param>
public sealed record DayAvailability(DateOnly Day, int PlacesLeft, DateTimeOffset FirstStart, IReadOnlyList<string> PlaceNames);
