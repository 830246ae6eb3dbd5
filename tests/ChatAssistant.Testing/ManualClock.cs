namespace ChatAssistant.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose time moves only when a test says so. Timers created through it
/// (<c>Task.Delay(span, clock)</c>, <c>PeriodicTimer</c>, <c>CancelAfter</c>) fire when <see cref="Advance"/> or the
/// <see cref="UtcNow"/> setter passes their due time, on the thread that moved the clock; a clock that moves by hand
/// with timers on real time would make a "25 hours later" test wait 25 real hours.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>A Monday, 08:00 in Vietnam: inside office hours and outside Zalo's 22:00–06:00 quiet hours.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly TimeZoneInfo _localTimeZone;
    private DateTimeOffset _now;

    public ManualClock()
        : this(DefaultStart)
    {
    }

    public ManualClock(DateTimeOffset start, TimeZoneInfo? localTimeZone = null)
    {
        _now = start.ToUniversalTime();
        _localTimeZone = localTimeZone ?? TimeZoneInfo.Utc;
    }

    /// <summary>The current time. Setting it backwards is allowed and fires nothing.</summary>
    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }
        set
        {
            lock (_gate)
            {
                _now = value.ToUniversalTime();
            }

            FireDueTimers();
        }
    }

    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    /// <summary>Timestamps follow the manual time, so <c>GetElapsedTime</c> measures manual time too.</summary>
    public override long GetTimestamp() => UtcNow.UtcTicks;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _now += by;
        }

        FireDueTimers();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Period = period;
        }

        FireDueTimers();
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>Runs callbacks outside the lock, earliest first, so a callback may create or change timers.</summary>
    private void FireDueTimers()
    {
        while (true)
        {
            ManualTimer? due = null;
            lock (_gate)
            {
                foreach (var timer in _timers)
                {
                    if (timer.DueAt is { } at && at <= _now && (due is null || at < due.DueAt))
                    {
                        due = timer;
                    }
                }

                if (due is null)
                {
                    return;
                }

                due.DueAt = due.Period > TimeSpan.Zero && due.Period != Timeout.InfiniteTimeSpan
                    ? due.DueAt + due.Period
                    : null;
            }

            due.Fire();
        }
    }

    private sealed class ManualTimer(ManualClock owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
