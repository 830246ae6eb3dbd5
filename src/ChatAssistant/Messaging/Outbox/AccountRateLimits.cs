using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ChatAssistant.Zalo.Configuration;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>One token bucket per official account, plus a pause when the channel says "too fast" or does not answer.</summary>
public sealed class AccountRateLimits(IOptions<ZaloOptions> options, TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccountPause> _pauses = new(StringComparer.Ordinal);

    /// <summary>Waits out the account's pause, then takes a place in its rate.</summary>
    public async ValueTask AcquireAsync(string oaId, CancellationToken cancellationToken)
    {
        using var turn = await AcquireTurnAsync(oaId, cancellationToken, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits out the account's pause (after a fault, until this send is the probe or the probe has answered), then
    /// takes a place in its rate. The caller reports the channel's answer on the turn and disposes it.
    /// </summary>
    /// <param name="pauseCancellation">Ends the wait for the pause only (a message's deadline); the rate is waited for anyway.</param>
    internal async ValueTask<AccountTurn> AcquireTurnAsync(string oaId, CancellationToken pauseCancellation, CancellationToken cancellationToken)
    {
        var turn = await PauseOf(oaId).WaitAsync(pauseCancellation).ConfigureAwait(false);
        try
        {
            var bucket = _buckets.GetOrAdd(oaId, _ => CreateBucket(options.Value.MessagesPerMinutePerAccount));
            while (true)
            {
                using var lease = await bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                if (lease.IsAcquired)
                {
                    return turn;
                }
            }
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>Holds every send of the account until <paramref name="until"/>.</summary>
    public void Pause(string oaId, DateTimeOffset until) => PauseOf(oaId).PauseUntil(until);

    internal AccountPause PauseOf(string oaId) => _pauses.GetOrAdd(oaId, _ => new AccountPause(clock));

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
