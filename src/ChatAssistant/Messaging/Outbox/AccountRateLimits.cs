using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ChatAssistant.Zalo.Configuration;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>One token bucket per official account, plus a pause when the channel says "too fast".</summary>
public sealed class AccountRateLimits(IOptions<ZaloOptions> options, TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);

    public async ValueTask AcquireAsync(string oaId, CancellationToken cancellationToken)
    {
        // One reading of the clock: the pause may end between two readings.
        var pause = _pausedUntil.TryGetValue(oaId, out var until) ? until - clock.GetUtcNow() : TimeSpan.Zero;
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, clock, cancellationToken).ConfigureAwait(false);
        }
        var bucket = _buckets.GetOrAdd(oaId, _ => CreateBucket(options.Value.MessagesPerMinutePerAccount));
        while (true)
        {
            using var lease = await bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                return;
            }
        }
    }

    /// <summary>Holds every send of the account until <paramref name="until"/> (after a -32 from Zalo).</summary>
    public void Pause(string oaId, DateTimeOffset until) =>
        _pausedUntil.AddOrUpdate(oaId, until, (_, current) => current > until ? current : until);

    /// <summary>
    /// A per-minute budget as a bucket refilled in small steps, so sends spread over the minute
    /// instead of bursting at its start; the bucket holds one second's worth for short bursts.
    /// </summary>
    internal static TokenBucketRateLimiter CreateBucket(int perMinute)
    {
        perMinute = Math.Max(1, perMinute);
        var tokensPerPeriod = Math.Max(1, perMinute / 600);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(tokensPerPeriod, perMinute / 60),
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerPeriod / perMinute,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}
