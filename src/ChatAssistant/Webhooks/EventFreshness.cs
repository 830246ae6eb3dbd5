using System.Globalization;

namespace ChatAssistant.Webhooks;

/// <summary>How an event's signed timestamp compares with the window the service answers in.</summary>
/// <param name="IsFresh">Inside the window: the event gets its turn.</param>
/// <param name="Offset">Now minus the signed time: positive for an old event, negative for one from ahead; null when unreadable.</param>
/// <param name="InSeconds">The timestamp was written in seconds rather than Zalo's milliseconds.</param>
public sealed record EventFreshness(bool IsFresh, TimeSpan? Offset, bool InSeconds)
{
    // Below this a timestamp cannot be milliseconds of any plausible date (it would be before March 1973), while seconds
    // reach it only in the year 5138: so it tells the two apart. Zalo documents milliseconds; a switch to seconds would
    // otherwise make every event stale.
    private const long SecondsBelow = 100_000_000_000;

    private static readonly EventFreshness Unreadable = new(false, null, false);

    /// <summary>Judges Zalo's <c>timestamp</c> field (digits, any count) against <paramref name="now"/>.</summary>
    public static EventFreshness Judge(string? timestamp, DateTimeOffset now, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return Unreadable;
        }
        var inSeconds = value < SecondsBelow;
        var milliseconds = inSeconds ? value * 1000 : value;
        if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return Unreadable;
        }
        var offset = now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        var fresh = offset <= options.MaxEventAge && -offset <= options.MaxClockSkew;
        return new EventFreshness(fresh, offset, inSeconds);
    }
}
