namespace ChatAssistant.Features.Booking;

/// <summary>One day of the bookings calendar: a public holiday, or the sessions the account holds that day.</summary>
public sealed record DayLoad(DateOnly Day, string? Holiday, IReadOnlyList<SessionLoad> Sessions);
