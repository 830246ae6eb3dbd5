namespace ChatAssistant.Features.Booking.Chat;

/// <summary>How a booking conversation begins: with the service already known (from a procedure answer), or a
/// reschedule of an existing booking, or from nothing.</summary>
public sealed record BookingStart(string? ServiceId = null, string? RescheduleCode = null, DateOnly? Day = null);
