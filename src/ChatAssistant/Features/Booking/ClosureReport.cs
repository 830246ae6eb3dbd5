namespace ChatAssistant.Features.Booking;

/// <summary>What a closure did: the bookings it closed and how many residents were told in chat.</summary>
/// <param name="ClosedIds">Appointments closed; bookings made by officers for callers have no chat to tell them in.</param>
public sealed record ClosureReport(long ClosureId, IReadOnlyList<long> ClosedIds, int Notified);
