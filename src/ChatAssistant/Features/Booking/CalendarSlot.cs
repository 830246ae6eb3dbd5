namespace ChatAssistant.Features.Booking;

/// <summary>A slot the calendar offers for one service: UTC start and end, how many residents it takes, where.</summary>
public sealed record CalendarSlot(DateTimeOffset Start, DateTimeOffset End, int Capacity, string SessionId, BookingPlace Place);
