namespace ChatAssistant.Features.Offices;

/// <summary>The hours an office receives residents on some days of the week.</summary>
public sealed record OpeningHours(IReadOnlyList<DayOfWeek> Days, IReadOnlyList<TimeRange> Times);
