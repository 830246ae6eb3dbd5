namespace ChatAssistant.Features.Booking;

/// <summary>What a closure did: the bookings it closed, how many residents were told in chat, and whom officers must call.</summary>
/// <param name="ClosedIds">Appointments closed.</param>
/// <param name="ToCall">
/// Residents the chat cannot reach: bookings officers made for callers, and residents who have not written within
/// Zalo's 7-day window (a free message to them would be refused). Officers phone them.
/// </param>
public sealed record ClosureReport(long ClosureId, IReadOnlyList<long> ClosedIds, int Notified, IReadOnlyList<ClosureCall> ToCall);
