using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;

namespace ChatAssistant.Tests.Messaging.Outbox;

/// <summary>A fault of the whole account holds its sends; after the pause one probes alone, and its answer decides for all.</summary>
public sealed class AccountPauseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    private readonly ManualClock _clock = new();
    private readonly AccountPause _pause;

    public AccountPauseTests()
    {
        _pause = new AccountPause(_clock);
    }

    [Fact]
    public async Task WithoutAFaultEverySendGoesAtOnceAndNoneIsAProbe()
    {
        using var a = await _pause.WaitAsync(CancellationToken.None);
        using var b = await _pause.WaitAsync(CancellationToken.None);

        Assert.False(a.IsProbe);
        Assert.False(b.IsProbe);
    }

    [Fact]
    public async Task AfterAFaultOneSendProbesAloneAndItsAnswerReleasesTheOthers()
    {
        await FaultAsync(503);
        var first = _pause.WaitAsync(CancellationToken.None).AsTask();
        var second = _pause.WaitAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(first.IsCompleted || second.IsCompleted);

        _clock.Advance(First);
        var winner = await Task.WhenAny(first, second).WaitAsync(Patience);
        var other = winner == first ? second : first;
        var probe = await winner;
        await Task.Delay(50);
        Assert.True(probe.IsProbe);
        Assert.False(other.IsCompleted);

        Assert.Equal(1, probe.Answered());
        using var released = await other.WaitAsync(Patience);
        Assert.False(released.IsProbe);
        Assert.Equal(0, _pause.Faults);
    }

    [Fact]
    public async Task EachFailedProbeDoublesThePauseUpToTheLongest()
    {
        var start = _clock.UtcNow;
        var pauses = new List<TimeSpan> { (await FaultAsync(503)).Until - start };
        for (var i = 0; i < 4; i++)
        {
            _clock.UtcNow = start + pauses[^1];
            start = _clock.UtcNow;
            using var probe = await _pause.WaitAsync(CancellationToken.None).AsTask().WaitAsync(Patience);
            Assert.True(probe.IsProbe);
            pauses.Add(probe.Unavailable(First, Longest, null, "HTTP 503").Until - start);
        }

        Assert.Equal(new double[] { 2, 4, 8, 10, 10 }, pauses.Select(p => p.TotalSeconds));
        Assert.Equal(5, _pause.Faults);
        Assert.Equal("HTTP 503", _pause.LastFault.Message);
    }

    [Fact]
    public async Task AProbeThatNeverReachedZaloLetsAnotherSendProbe()
    {
        await FaultAsync(503);
        _clock.Advance(First);
        var withdrawn = await _pause.WaitAsync(CancellationToken.None);
        var next = _pause.WaitAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(next.IsCompleted);

        withdrawn.Dispose();

        using var probe = await next.WaitAsync(Patience);
        Assert.True(probe.IsProbe);
    }

    [Fact]
    public async Task AnswersToSendsStartedBeforeTheFaultNeitherEndNorGrowThePause()
    {
        using var failed = await _pause.WaitAsync(CancellationToken.None);
        using var answered = await _pause.WaitAsync(CancellationToken.None);
        using var alsoFailed = await _pause.WaitAsync(CancellationToken.None);
        var (until, faults) = failed.Unavailable(First, Longest, -32, "too fast");

        Assert.Equal(0, answered.Answered());
        Assert.Equal((until, 0), alsoFailed.Unavailable(First, Longest, -32, "too fast"));
        Assert.Equal(1, faults);
        Assert.Equal(1, _pause.Faults);
    }

    [Fact]
    public async Task CancellingAWaitDuringThePauseStopsIt()
    {
        await FaultAsync(503);
        using var cancel = new CancellationTokenSource();
        var wait = _pause.WaitAsync(cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Patience));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 10)]
    [InlineData(1000, 10)]
    public void PauseDoublesFromTheFirstUpToTheLongest(int faults, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), AccountPause.PauseAfter(faults, First, Longest));

    private async Task<(DateTimeOffset Until, int Faults)> FaultAsync(int status)
    {
        using var send = await _pause.WaitAsync(CancellationToken.None);
        return send.Unavailable(First, Longest, null, $"HTTP {status}");
    }
}
