using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>Wrong sign-ins with usernames nobody has, counted and "locked" like real ones, in memory only.</summary>
/// <remarks>Without this, five tries would tell a username that exists (it locks) from one that does not (it never does).</remarks>
internal sealed class UnknownUsernames(TimeProvider clock, IOptions<SignInOptions> options)
{
    /// <summary>Beyond this many names (someone trying a dictionary) the oldest entries are forgotten.</summary>
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Counts a failure; returns when the name is "locked" until, or null while it is not.</summary>
    public DateTimeOffset? Fail(string username)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        if (_entries.Count >= MaxTracked)
        {
            foreach (var stale in _entries.Where(e => e.Value.Since + settings.LockoutDuration < now).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }
        var entry = _entries.AddOrUpdate(
            username,
            _ => new Entry(now, 1, null),
            (_, old) => old.LockedUntil is { } until && until > now ? old
                : old.Since + settings.LockoutDuration < now ? new Entry(now, 1, null)
                : old.Failures + 1 >= settings.MaxFailedSignIns ? new Entry(old.Since, 0, now + settings.LockoutDuration)
                : old with { Failures = old.Failures + 1 });
        return entry.LockedUntil is { } locked && locked > now ? locked : null;
    }

    private sealed record Entry(DateTimeOffset Since, int Failures, DateTimeOffset? LockedUntil);
}
