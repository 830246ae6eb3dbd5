namespace ChatAssistant.Features.Broadcasts;

/// <summary>Where a notice stands: status, the counts fixed at the start, and what became of each recipient.</summary>
/// <param name="OutOfWindow">Followers a free message could not reach (no message from them in 7 days); not sent to.</param>
/// <param name="Failed">Failed recipients by reason: 'unfollowed', 'out-of-window', 'zalo:&lt;code&gt;'.</param>
/// <param name="Skipped">Skipped recipients by reason: 'out-of-window', 'notices-off', 'unfollowed', 'cancelled'.</param>
/// <param name="InFlightAtCrash">Recipients whose message was being sent when the service stopped dead and went again:
/// they may have received it twice.</param>
/// <param name="HeldUntil">Set while quiet hours hold a non-urgent notice: when it continues.</param>
public sealed record BroadcastReport(
    long Id,
    string OaId,
    string Title,
    string Category,
    bool Urgent,
    string Status,
    DateTimeOffset? SendAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long? CreatedBy,
    long? ApprovedBy,
    long Targeted,
    long OutOfWindow,
    long Pending,
    long Queued,
    long Sent,
    long FailedTotal,
    IReadOnlyDictionary<string, long> Failed,
    long SkippedTotal,
    IReadOnlyDictionary<string, long> Skipped,
    long InFlightAtCrash,
    double Progress,
    DateTimeOffset? HeldUntil);
