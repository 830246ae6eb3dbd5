using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>Counts each resident's wrong receipt codes in a one-hour window, in memory.</summary>
/// <remarks>
/// In memory on purpose: a restart forgets the count, but storing who tried which codes would itself be a
/// trace linking residents to reports. One process serves every lane, so one limiter sees every attempt.
/// </remarks>
public sealed class WrongCodeLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public WrongCodeLimiter(IOptions<TipOffFollowUpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.MaxWrongCodesPerHour;
        _limiter = PartitionedRateLimiter.Create<string, string>(resident => RateLimitPartition.GetFixedWindowLimiter(resident,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
    }

    /// <summary>True when the resident used up this hour's wrong codes: even a right code is not looked up then.</summary>
    public bool IsBlocked(string oaId, string userId) =>
        _limiter.GetStatistics(Key(oaId, userId)) is { CurrentAvailablePermits: <= 0 };

    /// <summary>Counts a wrong code; true when the resident may still try another this hour.</summary>
    public bool RecordWrong(string oaId, string userId)
    {
        using var lease = _limiter.AttemptAcquire(Key(oaId, userId));
        return lease.IsAcquired && !IsBlocked(oaId, userId);
    }

    public void Dispose() => _limiter.Dispose();

    private static string Key(string oaId, string userId) => oaId + "\u001f" + userId;
}
