using ChatAssistant.Features.Dossiers;
using ChatAssistant.Testing;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.Dossiers;

public sealed class DossierLookupLimitTests
{
    private readonly ManualClock _clock = new();
    private readonly DossierLookupLimit _limit;

    public DossierLookupLimitTests()
    {
        _limit = new DossierLookupLimit(Options.Create(new DossierOptions { MaxLookupsPerResident = 3, LookupPeriod = TimeSpan.FromHours(1) }), _clock);
    }

    [Fact]
    public void TheLastLookupSaysWhenTheFirstLeavesThePeriod()
    {
        var start = _clock.UtcNow;
        Assert.Null(_limit.Count("oa", "u"));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(_limit.Count("oa", "u"));
        Assert.Null(_limit.BlockedUntil("oa", "u"));

        Assert.Equal(start.AddHours(1), _limit.Count("oa", "u"));
        Assert.Equal(start.AddHours(1), _limit.BlockedUntil("oa", "u"));
    }

    [Fact]
    public void ThePeriodSlides()
    {
        var start = _clock.UtcNow;
        _limit.Count("oa", "u");
        _clock.Advance(TimeSpan.FromMinutes(20));
        _limit.Count("oa", "u");
        _limit.Count("oa", "u");

        _clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Null(_limit.BlockedUntil("oa", "u"));
        Assert.Equal(start.AddMinutes(80), _limit.Count("oa", "u"));
    }

    [Fact]
    public void CountsPastTheLimitKeepTheResidentWaitingLonger()
    {
        var start = _clock.UtcNow;
        for (var i = 0; i < 3; i++)
        {
            _limit.Count("oa", "u");
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        // A wrong answer after the last lookup: the hour now ends when the second lookup leaves it.
        Assert.Equal(start.AddMinutes(61), _limit.Count("oa", "u"));
    }

    [Fact]
    public void ResidentsAndAccountsAreCountedApart()
    {
        for (var i = 0; i < 3; i++)
        {
            _limit.Count("oa", "u");
        }

        Assert.NotNull(_limit.BlockedUntil("oa", "u"));
        Assert.Null(_limit.BlockedUntil("oa", "other"));
        Assert.Null(_limit.BlockedUntil("other-oa", "u"));
    }

    [Fact]
    public void ResidentsQuietForAPeriodAreForgottenWithoutLosingOthersCounts()
    {
        _limit.Count("oa", "busy");
        _limit.Count("oa", "busy");
        _clock.Advance(TimeSpan.FromMinutes(61));
        // Enough other residents to make the limiter sweep its table.
        for (var i = 0; i < 1100; i++)
        {
            _limit.Count("oa", $"r-{i}");
        }
        _limit.Count("oa", "busy");
        _limit.Count("oa", "busy");

        Assert.Null(_limit.BlockedUntil("oa", "busy"));
        Assert.NotNull(_limit.Count("oa", "busy"));
    }
}
