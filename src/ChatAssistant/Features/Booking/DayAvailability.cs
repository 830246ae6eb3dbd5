namespace ChatAssistant.Features.Booking;

/// <summary>A day residents can still book a service, with the free places left and where the sessions are.</summary>
/// <param name="FirstStart">The earliest free slot of the day (UTC).</param>
/// <param name="PlaceNames">Distinct places of the day's free slots, the office first when it has any.</param>
public sealed record DayAvailability(DateOnly Day, int PlacesLeft, DateTimeOffset FirstStart, IReadOnlyList<string> PlaceNames);
