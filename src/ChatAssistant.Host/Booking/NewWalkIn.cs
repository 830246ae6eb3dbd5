namespace ChatAssistant.Host.Booking;

/// <summary>The body of <c>POST /api/admin/queue/walk-ins</c>: a ticket for someone who came without booking.</summary>
public sealed record NewWalkIn(string? OaId, string? ServiceId);
