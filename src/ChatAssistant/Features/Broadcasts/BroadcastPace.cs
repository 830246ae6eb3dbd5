namespace ChatAssistant.Features.Broadcasts;

/// <summary>
/// How many notice messages an account may put in the outbox now: credit earned at the account's rate for the time that
/// passed (so a late tick loses nothing), at most one second's worth, and never more than the lookahead allows waiting.
/// </summary>
/// <remarks>Used by the sender's loop only, one call at a time.</remarks>
internal sealed class BroadcastPace
{
    private readonly Dictionary<string, (double Credit, DateTimeOffset At)> _accounts = new(StringComparer.Ordinal);

    /// <summary>Earns credit for the time since the last call; the first call starts from zero, so a notice starts without a burst.</summary>
    public void Accrue(string oaId, int perMinute, DateTimeOffset now)
    {
        if (!_accounts.TryGetValue(oaId, out var state))
        {
            _accounts[oaId] = (0, now);
            return;
        }
        var perSecond = perMinute / 60.0;
        var earned = perSecond * Math.Max(0, (now - state.At).TotalSeconds);
        _accounts[oaId] = (Math.Min(state.Credit + earned, Math.Max(perSecond, 1)), now);
    }

    /// <summary>The account has nothing to feed (paused, quiet hours, done): it starts from zero when it has again.</summary>
    public void Rest(string oaId) => _accounts.Remove(oaId);

    /// <param name="waiting">The account's notice messages already in the outbox, not yet settled.</param>
    /// <param name="maxQueued">The most that may wait in the outbox at once, whatever the rate.</param>
    public int Allowance(string oaId, int perMinute, TimeSpan lookahead, long waiting, int maxQueued = int.MaxValue)
    {
        var credit = _accounts.TryGetValue(oaId, out var state) ? state.Credit : 0;
        var room = Math.Min(maxQueued, Math.Max(1, perMinute / 60.0 * lookahead.TotalSeconds)) - waiting;
        return (int)Math.Max(0, Math.Floor(Math.Min(credit, room)));
    }

    public void Spend(string oaId, int messages)
    {
        if (messages > 0 && _accounts.TryGetValue(oaId, out var state))
        {
            _accounts[oaId] = (state.Credit - messages, state.At);
        }
    }
}
