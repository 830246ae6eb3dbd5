namespace ChatAssistant.Messaging.Outbox;

/// <summary>
/// One account's pause. A fault of the whole account (Zalo's "too fast", no answer, HTTP 5xx) holds every send of
/// the account; when the pause ends one send goes alone, the probe, and its answer lifts the pause for all or makes it
/// longer. While Zalo is down the account costs one request per pause, however many messages wait.
/// </summary>
internal sealed class AccountPause(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = NewChanged();
    private DateTimeOffset _until;
    private int _faults;
    // The ticket of the send out as the probe (0: none), and a count of the changes a send's answer can make: the
    // answer of a send that started before the last change tells about an earlier state of Zalo, not the current one.
    private long _probe;
    private long _tickets;
    private long _version;
    private (int? Code, string? Message) _lastFault;

    /// <summary>Faults of the whole account in a row, none since the last answer.</summary>
    public int Faults
    {
        get { lock (_gate) { return _faults; } }
    }

    /// <summary>What the last fault said, for the record of a message given up while the account was paused.</summary>
    public (int? Code, string? Message) LastFault
    {
        get { lock (_gate) { return _lastFault; } }
    }

    /// <summary>Waits until a send may go: at once when nothing is wrong; after a fault, as the probe or after it.</summary>
    public async ValueTask<AccountTurn> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            TimeSpan wait;
            lock (_gate)
            {
                // One reading of the clock: the pause may end between two readings.
                wait = _until - clock.GetUtcNow();
                if (wait <= TimeSpan.Zero)
                {
                    if (_faults == 0)
                    {
                        return new AccountTurn(this, 0, _version);
                    }
                    if (_probe == 0)
                    {
                        _probe = ++_tickets;
                        return new AccountTurn(this, _probe, _version);
                    }
                    // A probe is out: its answer decides.
                    wait = Timeout.InfiniteTimeSpan;
                }
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(wait, clock, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The pause is over: look again.
            }
        }
    }

    /// <summary>Holds every send until <paramref name="until"/>, without asking for a probe.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _until)
            {
                _until = until;
            }
        }
    }

    /// <summary>The channel answered a send (whatever it said): the account works. Returns the faults in a row it ends.</summary>
    internal int Answered(AccountTurn turn)
    {
        lock (_gate)
        {
            var probe = EndProbe(turn.Ticket);
            if (_faults > 0 && (probe || turn.Version == _version))
            {
                var ended = _faults;
                _faults = 0;
                _version++;
                Signal();
                return ended;
            }
            if (probe)
            {
                Signal();
            }
            return 0;
        }
    }

    /// <summary>A fault of the whole account: the pause grows. Returns when it ends, and the faults in a row (0 when this answer was stale).</summary>
    internal (DateTimeOffset Until, int Faults) Fault(AccountTurn turn, TimeSpan firstPause, TimeSpan maxPause, int? code, string? message)
    {
        lock (_gate)
        {
            var probe = EndProbe(turn.Ticket);
            if (!probe && turn.Version != _version)
            {
                // Sent before the pause began, like many others at the start of an outage: one of them is enough.
                return (_until, 0);
            }
            _faults++;
            _version++;
            _lastFault = (code, message);
            var until = clock.GetUtcNow() + PauseAfter(_faults, firstPause, maxPause);
            if (until > _until)
            {
                _until = until;
            }
            Signal();
            return (_until, _faults);
        }
    }

    /// <summary>The probe did not reach the channel (withdrawn, shutting down): another send may probe.</summary>
    internal void Withdraw(AccountTurn turn)
    {
        lock (_gate)
        {
            if (EndProbe(turn.Ticket))
            {
                Signal();
            }
        }
    }

    /// <summary>The pause after <paramref name="faults"/> faults in a row: the first pause, doubled each time, up to the longest.</summary>
    internal static TimeSpan PauseAfter(int faults, TimeSpan firstPause, TimeSpan maxPause)
    {
        var pause = firstPause * Math.Pow(2, Math.Clamp(faults - 1, 0, 30));
        return pause > maxPause ? maxPause : pause;
    }

    // Called under the lock.
    private bool EndProbe(long ticket)
    {
        if (ticket == 0 || ticket != _probe)
        {
            return false;
        }
        _probe = 0;
        return true;
    }

    // Called under the lock: wakes every waiting send to look again.
    private void Signal()
    {
        _changed.TrySetResult();
        _changed = NewChanged();
    }

    private static TaskCompletionSource NewChanged() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
