using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// At most <see cref="TipOffOptions.MaxReportsPerHour"/> reports per resident in any hour, so one account cannot flood
/// the officers' inbox. Counted in memory only: a stored count per resident would tie them to their anonymous reports.
/// </summary>
public sealed class TipOffRateLimit(IOptions<TipOffOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<(string OaId, string UserId)> _limiter = PartitionedRateLimiter.Create<(string OaId, string UserId), (string, string)>(
        resident => RateLimitPartition.GetSlidingWindowLimiter(resident, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.MaxReportsPerHour,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = 12,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public int MaxPerHour => options.Value.MaxReportsPerHour;

    /// <summary>Whether the resident may send one more report now; asked before they write it, so nothing they write is refused.</summary>
    public bool CanReport(string oaId, string userId) =>
        _limiter.GetStatistics((oaId, userId)) is not { CurrentAvailablePermits: <= 0 };

    /// <summary>Counts a report being sent; false when the limit was reached meanwhile.</summary>
    public bool TryCount(string oaId, string userId)
    {
        using var lease = _limiter.AttemptAcquire((oaId, userId));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
