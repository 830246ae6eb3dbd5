using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>Wrong console passwords counted per username and client address, and the holds they earn.</summary>
/// <remarks>
/// Counted per pair, not per account: a stranger's guesses hold back the stranger's address, never the officer signing
/// in from their own desk (a lock on the account let anyone lock the only admin out). The first hold comes after
/// <see cref="SignInOptions.MaxFailedSignIns"/> wrong passwords in a row, and each wrong password after a hold holds
/// the address again for twice as long, up to <see cref="SignInOptions.MaxLockoutDuration"/>. Usernames nobody has are
/// counted the same way, so a hold says nothing about whether one exists. Kept in memory: a typed username (maybe a
/// password typed in the wrong box) and the address never reach the disk.
/// </remarks>
public sealed class SignInHolds(TimeProvider clock, IOptions<SignInOptions> options)
{
    /// <summary>Beyond this many pairs (guesses from very many addresses) the oldest are forgotten first.</summary>
    private const int MaxTracked = 100_000;

    /// <summary>A pair with no wrong password for this long starts afresh.</summary>
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Username, string Client), Entry> _entries = [];

    /// <summary>
    /// Counts an attempt before its password is checked, so guesses sent in parallel cannot all slip past the hold
    /// before any of them is counted.
    /// </summary>
    /// <param name="storedHash">The officer's stored password hash, or null for a username nobody has: guesses made
    /// against a password that has since changed (an admin's reset, <c>create-admin</c>) no longer count.</param>
    public Reservation Reserve(string username, string client, string? storedHash)
    {
        var now = clock.GetUtcNow();
        var version = Version(storedHash);
        lock (_gate)
        {
            var entry = Find(username, client, now, version) ?? Add(username, client, version, now);
            // Held, or attempts still in flight have used up what this pair may try before its next hold: this one is not
            // checked, nor counted, so the hold that ends lets exactly one more attempt through.
            if (HeldBy(entry, now) is { } held)
            {
                return held;
            }
            entry.Failures++;
            return new Reservation.Counted(entry.Failures);
        }
    }

    /// <summary>The password was wrong: the hold it earns (and whether this attempt began it), or the count so far.</summary>
    public Reservation Fail(string username, string client, string? storedHash)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_entries.TryGetValue((username, client), out var entry))
            {
                // A right password beside it started the count again: this one is the first of the new count.
                entry = Add(username, client, Version(storedHash), now);
                entry.Failures = 1;
            }
            entry.LastFailure = now;
            return HeldBy(entry, now) ?? (Reservation)new Reservation.Counted(entry.Failures);
        }
    }

    /// <summary>The hold the pair is under, or the one its failures so far earn now; null when it may still try.</summary>
    private Reservation.Held? HeldBy(Entry entry, DateTimeOffset now) =>
        entry.HeldUntil > now ? new Reservation.Held(entry.HeldUntil, Began: false, entry.Failures)
        : entry.Failures >= entry.NextHoldAt(options.Value) ? new Reservation.Held(Hold(entry, now), Began: true, entry.Failures)
        : null;

    /// <summary>The password was right: the pair starts afresh, unless a guess beside it began a hold meanwhile (the hold wins).</summary>
    public DateTimeOffset? Succeed(string username, string client)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_entries.TryGetValue((username, client), out var entry) && entry.HeldUntil > now)
            {
                return entry.HeldUntil;
            }
            _entries.Remove((username, client));
            return null;
        }
    }

    /// <summary>An admin lifted the holds on <paramref name="username"/>, from every address.</summary>
    public void Lift(string username)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Keys.Where(k => k.Username == username).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    private static int Version(string? storedHash) => storedHash is null ? 0 : StringComparer.Ordinal.GetHashCode(storedHash);

    private Entry? Find(string username, string client, DateTimeOffset now, int version)
    {
        if (!_entries.TryGetValue((username, client), out var entry))
        {
            return null;
        }
        if (entry.PasswordVersion != version || (entry.HeldUntil <= now && entry.LastFailure + ForgetAfter <= now))
        {
            _entries.Remove((username, client));
            return null;
        }
        return entry;
    }

    private Entry Add(string username, string client, int version, DateTimeOffset now)
    {
        if (_entries.Count >= MaxTracked)
        {
            Forget(now);
        }
        var entry = new Entry(version) { LastFailure = now };
        _entries[(username, client)] = entry;
        return entry;
    }

    /// <summary>Stale pairs first; then, if very many addresses are guessing, the quietest ones.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var key in _entries.Where(e => e.Value.HeldUntil <= now && e.Value.LastFailure + ForgetAfter <= now).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }
        if (_entries.Count >= MaxTracked)
        {
            foreach (var key in _entries.OrderBy(e => e.Value.LastFailure).Take(_entries.Count - (MaxTracked / 2)).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    private DateTimeOffset Hold(Entry entry, DateTimeOffset now)
    {
        var settings = options.Value;
        entry.Holds++;
        var doubled = settings.LockoutDuration.Ticks * Math.Pow(2, entry.Holds - 1);
        entry.HeldUntil = now + TimeSpan.FromTicks((long)Math.Min(doubled, settings.MaxLockoutDuration.Ticks));
        return entry.HeldUntil;
    }

    /// <summary>What an attempt came to before or after its password was checked.</summary>
    public abstract record Reservation
    {
        private Reservation()
        {
        }

        /// <summary>Go on: the pair's count of wrong passwords, this attempt included.</summary>
        public sealed record Counted(int Failures) : Reservation;

        /// <summary>Held back until <paramref name="Until"/>; <paramref name="Began"/> when this attempt began the hold.</summary>
        public sealed record Held(DateTimeOffset Until, bool Began, int Failures) : Reservation;
    }

    private sealed class Entry(int passwordVersion)
    {
        public int PasswordVersion { get; } = passwordVersion;

        public int Failures { get; set; }

        public int Holds { get; set; }

        public DateTimeOffset HeldUntil { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        /// <summary>The count of wrong passwords whose last earns the next hold: the allowance first, then every one.</summary>
        public int NextHoldAt(SignInOptions settings) => settings.MaxFailedSignIns + Holds;
    }
}
