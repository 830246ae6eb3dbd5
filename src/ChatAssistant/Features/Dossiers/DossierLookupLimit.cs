using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Dossiers;

/// <summary>
/// At most <see cref="DossierOptions.MaxLookupsPerResident"/> lookups per resident in any
/// <see cref="DossierOptions.LookupPeriod"/>: receipt codes run in sequence, so without a limit one account could read
/// an office's whole list code after code. A wrong answer to the phone question counts as a lookup.
/// </summary>
/// <remarks>
/// Counted in memory, as the tip-off follow-up's wrong codes are: a restart forgets the counts, but nothing records who
/// looked up what. Written out rather than taken from System.Threading.RateLimiting, whose limiters neither say when a
/// lookup comes free again (the resident is told when to come back) nor follow the service's <see cref="TimeProvider"/>.
/// </remarks>
public sealed class DossierLookupLimit(IOptions<DossierOptions> options, TimeProvider clock)
{
    // Every this many counts, residents with nothing left in their window are forgotten, so the table holds only the
    // residents of the last period.
    private const int ForgetEvery = 1024;

    private readonly ConcurrentDictionary<(string OaId, string UserId), Window> _windows = new();
    private long _counted;

    private int Max => options.Value.MaxLookupsPerResident;

    private TimeSpan Period => options.Value.LookupPeriod;

    /// <summary>When the resident may look up again; null while they may now.</summary>
    public DateTimeOffset? BlockedUntil(string oaId, string userId)
    {
        if (!_windows.TryGetValue((oaId, userId), out var window))
        {
            return null;
        }
        lock (window)
        {
            window.Forget(clock.GetUtcNow() - Period);
            return window.FreeAt(Max, Period);
        }
    }

    /// <summary>Counts one lookup; returns when the resident may look up again if that was their last, null while some are left.</summary>
    public DateTimeOffset? Count(string oaId, string userId)
    {
        if (Interlocked.Increment(ref _counted) % ForgetEvery == 0)
        {
            ForgetQuietResidents();
        }
        var now = clock.GetUtcNow();
        while (true)
        {
            var window = _windows.GetOrAdd((oaId, userId), _ => new Window());
            lock (window)
            {
                // Retired by the sweep after this thread found it: count in the one that replaced it.
                if (window.Retired)
                {
                    continue;
                }
                window.Forget(now - Period);
                window.Times.Enqueue(now);
                return window.FreeAt(Max, Period);
            }
        }
    }

    private void ForgetQuietResidents()
    {
        var before = clock.GetUtcNow() - Period;
        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                window.Forget(before);
                if (window.Times.Count == 0)
                {
                    window.Retired = true;
                    _windows.TryRemove(new KeyValuePair<(string, string), Window>(key, window));
                }
            }
        }
    }

    /// <summary>One resident's lookups in the period, oldest first.</summary>
    private sealed class Window
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public bool Retired { get; set; }

        public void Forget(DateTimeOffset before)
        {
            while (Times.Count > 0 && Times.Peek() <= before)
            {
                Times.Dequeue();
            }
        }

        /// <summary>When the oldest lookup leaves the period, once the period holds <paramref name="max"/> of them.</summary>
        public DateTimeOffset? FreeAt(int max, TimeSpan period)
        {
            while (Times.Count > max)
            {
                // Past the limit (a wrong answer after the last lookup): only the newest max decide when one comes free.
                Times.Dequeue();
            }
            return Times.Count >= max ? Times.Peek() + period : null;
        }
    }
}
