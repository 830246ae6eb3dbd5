using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Testing;

namespace ChatAssistant.Tests.Features.Broadcasts;

public sealed class BroadcastPaceTests
{
    private static readonly DateTimeOffset Start = ManualClock.DefaultStart;
    private static readonly TimeSpan Lookahead = TimeSpan.FromSeconds(2);
    private readonly BroadcastPace _pace = new();

    [Fact]
    public void ANoticeStartsWithoutABurstAndEarnsTheRateForTheTimeThatPassed()
    {
        _pace.Accrue("oa", 4000, Start);
        Assert.Equal(0, _pace.Allowance("oa", 4000, Lookahead, waiting: 0));

        _pace.Accrue("oa", 4000, Start.AddMilliseconds(300));

        Assert.Equal(20, _pace.Allowance("oa", 4000, Lookahead, waiting: 0));
    }

    [Fact]
    public void WhatIsNotSpentCarriesOverButNeverMoreThanOneSecondsWorth()
    {
        _pace.Accrue("oa", 6000, Start);
        _pace.Accrue("oa", 6000, Start.AddMilliseconds(250));
        _pace.Spend("oa", 20);
        _pace.Accrue("oa", 6000, Start.AddMilliseconds(500));
        Assert.Equal(30, _pace.Allowance("oa", 6000, Lookahead, waiting: 0));

        _pace.Accrue("oa", 6000, Start.AddMinutes(5));
        Assert.Equal(100, _pace.Allowance("oa", 6000, Lookahead, waiting: 0));
    }

    [Fact]
    public void MessagesWaitingInTheOutboxLeaveLessRoom()
    {
        _pace.Accrue("oa", 60_000, Start);
        _pace.Accrue("oa", 60_000, Start.AddSeconds(1));

        Assert.Equal(1000, _pace.Allowance("oa", 60_000, Lookahead, waiting: 500));
        Assert.Equal(300, _pace.Allowance("oa", 60_000, Lookahead, waiting: 1700));
        Assert.Equal(0, _pace.Allowance("oa", 60_000, Lookahead, waiting: 2500));
    }

    [Fact]
    public void AtARateAboveWhatTheMachineSendsTheRoomIsBoundedInMessages()
    {
        _pace.Accrue("oa", 6_000_000, Start);
        _pace.Accrue("oa", 6_000_000, Start.AddSeconds(1));

        Assert.Equal(1500, _pace.Allowance("oa", 6_000_000, Lookahead, waiting: 500, maxQueued: 2000));
    }

    [Fact]
    public void AfterRestingAnAccountStartsFromZeroAgain()
    {
        _pace.Accrue("oa", 6000, Start);
        _pace.Accrue("oa", 6000, Start.AddSeconds(1));
        _pace.Rest("oa");
        _pace.Accrue("oa", 6000, Start.AddHours(8));

        Assert.Equal(0, _pace.Allowance("oa", 6000, Lookahead, waiting: 0));
    }

    [Fact]
    public void AVerySlowRateStillSendsOneAtATime()
    {
        _pace.Accrue("oa", 10, Start);
        _pace.Accrue("oa", 10, Start.AddSeconds(6));

        Assert.Equal(1, _pace.Allowance("oa", 10, Lookahead, waiting: 0));
        Assert.Equal(0, _pace.Allowance("oa", 10, Lookahead, waiting: 1));
    }
}
