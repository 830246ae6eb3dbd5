namespace ChatAssistant.Host.Booking;

/// <summary>The body of <c>POST /api/admin/closures</c>.</summary>
/// <param name="SessionId">Only this session of the day (e.g. <c>sang-thu-bay</c>); null for all.</param>
/// <param name="From">Local time ("13:30:00") with <paramref name="To"/>, to close part of the day only.</param>
public sealed record NewClosure(string? OaId, DateOnly? Date, string? SessionId, TimeOnly? From, TimeOnly? To, string? Reason);
