namespace ChatAssistant.Host.Booking;

/// <summary>The answer to an officer's booking: the code to give the caller and their queue ticket.</summary>
public sealed record BookingCreated(long Id, string Code, string Ticket, DateTimeOffset Start, DateTimeOffset End, string PlaceName);
