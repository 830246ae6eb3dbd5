using ChatAssistant.Testing;

namespace ChatAssistant.Zalo.Tests.Api;

/// <summary>The manual clock is shared by the service's tests, so its own behaviour is pinned here.</summary>
public class ManualClockTests
{
    [Fact]
    public void AdvanceMovesTheTimeAndNothingElseDoes()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        clock.Advance(TimeSpan.FromHours(25));

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(clock.GetUtcNow(), clock.UtcNow);
    }

    [Fact]
    public void SettingUtcNowJumpsAndElapsedTimeFollows()
    {
        var clock = new ManualClock();
        var started = clock.GetTimestamp();

        clock.UtcNow = clock.UtcNow.AddMinutes(90);

        Assert.Equal(TimeSpan.FromMinutes(90), clock.GetElapsedTime(started));
    }

    [Fact]
    public async Task DelayCompletesOnlyWhenTheClockPassesItsDueTime()
    {
        var clock = new ManualClock();
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void PeriodicTimerFiresOncePerPeriodPassed()
    {
        var clock = new ManualClock();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));

        clock.Advance(TimeSpan.FromMinutes(35));

        Assert.Equal(3, fired);
    }

    [Fact]
    public void DisposedTimerNoLongerFires()
    {
        var clock = new ManualClock();
        var fired = 0;
        var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, fired);
    }
}
