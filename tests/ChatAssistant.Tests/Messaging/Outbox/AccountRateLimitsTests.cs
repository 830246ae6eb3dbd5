using System.Reflection;
using System.Threading.RateLimiting;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Messaging.Outbox;

public sealed class AccountRateLimitsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ManualClock _clock = new();
    private readonly AccountRateLimits _limits;

    public AccountRateLimitsTests()
    {
        _limits = new AccountRateLimits(Options.Create(new ZaloOptions { MessagesPerMinutePerAccount = 4000 }), _clock);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(60)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(599)]
    [InlineData(601)]
    [InlineData(1201)]
    [InlineData(100_000)]
    public void BucketRefillsAtTheConfiguredRatePerMinute(int perMinute)
    {
        using var bucket = AccountRateLimits.CreateBucket(perMinute);

        var perMinuteRefill = TokensPerPeriod(bucket) * (TimeSpan.FromMinutes(1) / bucket.ReplenishmentPeriod);

        Assert.InRange(perMinuteRefill, perMinute * 0.99, perMinute * 1.01);
        Assert.True(bucket.IsAutoReplenishing);
    }

    [Theory]
    [InlineData(4000, 66)]
    [InlineData(60, 1)]
    [InlineData(1, 1)]
    public void BucketStartsWithAboutOneSecondsWorth(int perMinute, long burst)
    {
        using var bucket = AccountRateLimits.CreateBucket(perMinute);

        Assert.Equal(burst, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void NonsenseBudgetFallsBackToOnePerMinute(int perMinute)
    {
        using var bucket = AccountRateLimits.CreateBucket(perMinute);

        Assert.Equal(TimeSpan.FromMinutes(1), bucket.ReplenishmentPeriod);
        Assert.Equal(1, TokensPerPeriod(bucket));
    }

    [Fact]
    public async Task AcquireIsImmediateWithoutAPause()
    {
        await _limits.AcquireAsync("oa-1", CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task PauseHoldsAcquireUntilTheClockPassesIt()
    {
        _limits.Pause("oa-1", _clock.GetUtcNow().AddSeconds(30));

        var acquire = _limits.AcquireAsync("oa-1", CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(acquire.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.False(acquire.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await acquire.WaitAsync(Patience);
    }

    [Fact]
    public async Task PauseOfOneAccountDoesNotHoldAnother()
    {
        _limits.Pause("oa-1", _clock.GetUtcNow().AddMinutes(5));

        await _limits.AcquireAsync("oa-2", CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task ShorterPauseDoesNotCutALongerOneShort()
    {
        _limits.Pause("oa-1", _clock.GetUtcNow().AddSeconds(60));
        _limits.Pause("oa-1", _clock.GetUtcNow().AddSeconds(10));

        var acquire = _limits.AcquireAsync("oa-1", CancellationToken.None).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        Assert.False(acquire.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(50));
        await acquire.WaitAsync(Patience);
    }

    [Fact]
    public async Task PauseThatHasEndedDoesNotDelay()
    {
        _limits.Pause("oa-1", _clock.GetUtcNow().AddSeconds(10));
        _clock.Advance(TimeSpan.FromSeconds(11));

        await _limits.AcquireAsync("oa-1", CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task CancellingAPausedAcquireStopsTheWait()
    {
        _limits.Pause("oa-1", _clock.GetUtcNow().AddMinutes(1));
        using var cancel = new CancellationTokenSource();

        var acquire = _limits.AcquireAsync("oa-1", cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => acquire.WaitAsync(Patience));
    }

    [Fact]
    public async Task PauseEndingWhileAcquireLooksAtItDoesNotThrow()
    {
        // Every reading of this clock is one second later than the previous one, like a busy machine.
        var clock = new SteppingClock(ManualClock.DefaultStart, TimeSpan.FromSeconds(1));
        using var limits = new AccountRateLimits(Options.Create(new ZaloOptions()), clock);
        limits.Pause("oa-1", ManualClock.DefaultStart.AddMilliseconds(500));

        await limits.AcquireAsync("oa-1", CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    private static int TokensPerPeriod(TokenBucketRateLimiter bucket)
    {
        // The options are not exposed; the bucket keeps them in a private field.
        var field = typeof(TokenBucketRateLimiter).GetField("_options", BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("TokenBucketRateLimiter no longer keeps its options in _options.");
        return ((TokenBucketRateLimiterOptions)field.GetValue(bucket)!).TokensPerPeriod;
    }

    public void Dispose() => _limits.Dispose();

    /// <summary>A clock that moves forward by a fixed step every time it is read.</summary>
    private sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private long _readings;

        public override DateTimeOffset GetUtcNow() => start + step * Interlocked.Increment(ref _readings) - step;
    }
}
