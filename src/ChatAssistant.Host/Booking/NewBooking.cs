namespace ChatAssistant.Host.Booking;

/// <summary>The body of <c>POST /api/admin/bookings</c>: an officer booking for a walk-in or phone caller.</summary>
/// <param name="Start">The slot's start, with its offset (UTC or +07:00).</param>
public sealed record NewBooking(string? OaId, string? ServiceId, DateTimeOffset? Start, string? Name, string? Phone);
