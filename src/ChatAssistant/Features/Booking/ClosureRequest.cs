namespace ChatAssistant.Features.Booking;

/// <summary>An office closing a day, one session of it, or a time range of it (an emergency, a holiday the calendar lacked).</summary>
/// <param name="SessionId">Only this session (see the calendar's session ids); null for every session of the day.</param>
/// <param name="From">With <paramref name="To"/>, only the slots overlapping this local time range.</param>
/// <param name="Reason">Told to the residents, in Vietnamese ("mất điện", "cán bộ đi công tác").</param>
public sealed record ClosureRequest(string OaId, DateOnly Day, string? SessionId, TimeOnly? From, TimeOnly? To, string Reason);
