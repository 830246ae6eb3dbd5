using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The dashboard's numbers for one account; counts only, so nothing personal reaches the page.</summary>
/// <param name="TipOffsNew">Null when the officer's role does not work on tip-offs (nor hand-offs, nor broadcasts).</param>
/// <param name="SatisfiedPercent">This month's satisfaction index; null before the first answer.</param>
public sealed record DashboardCounts(
    bool TakesBookings,
    int BookingsToday,
    int QueueWaiting,
    int QueueServing,
    int QueueServed,
    int? TipOffsNew,
    int? HandoffsOpen,
    int? HandoffsWaiting,
    BroadcastCounts? Broadcasts,
    double? SatisfiedPercent,
    int SurveyResponses);
