using ChatAssistant.Messaging.Inbox;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging.Dispatch;

/// <summary>Where a resident's message stands against <see cref="MessagingOptions.MaxMessagesPerResidentPerMinute"/>.</summary>
public enum FloodStanding
{
    /// <summary>Within the rate: the message gets its turn.</summary>
    Within,

    /// <summary>The first past the rate: no turn, one polite reply asking the resident to wait.</summary>
    FirstOver,

    /// <summary>Further past the rate: no turn, no reply.</summary>
    Over,
}

/// <summary>
/// Counts a resident's messages in the minute before each one, in memory. A resident's messages reach the gate one at a
/// time and in the order they arrived (their lane), so the count is exact while the service runs; a restart forgets at
/// most a minute of counting, which costs one minute's throttling at worst.
/// </summary>
/// <remarks>
/// Not counted from the inbox: a handled inbox row keeps no resident (<see cref="MessageInbox"/>), so that a private
/// flow's rows cannot be told from the others. Measured against the time each message was received, not the time its
/// turn runs, so a backlog worked off after an outage is not mistaken for a flood.
/// </remarks>
public sealed class ResidentFloodGate(IOptions<MessagingOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // How many judgements pass between sweeps of residents who have gone quiet.
    private const int SweepEvery = 4096;

    private readonly Dictionary<(string OaId, string UserId), Queue<long>> _recent = [];
    private readonly Lock _gate = new();
    private int _judged;

    /// <summary>Where the resident's message <paramref name="envelope"/> stands; each message is judged once, in its lane's order.</summary>
    public FloodStanding Judge(InboxMessage envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var limit = options.Value.MaxMessagesPerResidentPerMinute;
        var since = envelope.ReceivedAt - (long)Window.TotalMilliseconds;
        lock (_gate)
        {
            if (++_judged % SweepEvery == 0)
            {
                Sweep(since);
            }
            var key = (envelope.OaId, envelope.UserId);
            if (!_recent.TryGetValue(key, out var times))
            {
                times = new Queue<long>();
                _recent[key] = times;
            }
            while (times.Count > 0 && times.Peek() <= since)
            {
                times.Dequeue();
            }
            var before = times.Count;
            // A message past the rate counts too, as its row did: a flood stays throttled until it slows down. No more
            // than limit + 1 times are needed to tell the three standings apart.
            if (times.Count > limit)
            {
                times.Dequeue();
            }
            times.Enqueue(envelope.ReceivedAt);
            return before < limit ? FloodStanding.Within : before == limit ? FloodStanding.FirstOver : FloodStanding.Over;
        }
    }

    private void Sweep(long since)
    {
        foreach (var (key, times) in _recent.Where(entry => entry.Value.Count == 0 || entry.Value.Last() <= since).ToList())
        {
            _recent.Remove(key);
        }
    }
}
