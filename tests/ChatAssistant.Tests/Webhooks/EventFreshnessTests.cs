using System.Globalization;
using ChatAssistant.Webhooks;

namespace ChatAssistant.Tests.Webhooks;

public sealed class EventFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly WebhookOptions Defaults = new();

    private static string Milliseconds(TimeSpan before) => (Now - before).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    [InlineData(120, false)]
    [InlineData(-5, true)]
    [InlineData(-6, false)]
    public void AnEventIsFreshFromFiveMinutesAheadToAnHourOld(int minutesOld, bool fresh)
    {
        var judged = EventFreshness.Judge(Milliseconds(TimeSpan.FromMinutes(minutesOld)), Now, Defaults);

        Assert.Equal((fresh, TimeSpan.FromMinutes(minutesOld), false), (judged.IsFresh, judged.Offset, judged.InSeconds));
    }

    [Fact]
    public void TheWindowFollowsTheOptions()
    {
        var options = new WebhookOptions { MaxEventAge = TimeSpan.FromMinutes(10), MaxClockSkew = TimeSpan.Zero };

        Assert.False(EventFreshness.Judge(Milliseconds(TimeSpan.FromMinutes(11)), Now, options).IsFresh);
        Assert.True(EventFreshness.Judge(Milliseconds(TimeSpan.FromMinutes(9)), Now, options).IsFresh);
        Assert.False(EventFreshness.Judge(Milliseconds(TimeSpan.FromSeconds(-1)), Now, options).IsFresh);
    }

    [Fact]
    public void ATimestampInSecondsIsReadAsSecondsAndSaysSo()
    {
        var seconds = (Now - TimeSpan.FromMinutes(3)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var judged = EventFreshness.Judge(seconds, Now, Defaults);

        Assert.Equal((true, TimeSpan.FromMinutes(3), true), (judged.IsFresh, judged.Offset, judged.InSeconds));
    }

    [Fact]
    public void TheTwelveDigitTimestampOfZalosOwnSampleIsLongStale()
    {
        // "154390853474": Zalo's documentation shows it; read as milliseconds it is in 1974.
        var judged = EventFreshness.Judge("154390853474", Now, Defaults);

        Assert.False(judged.IsFresh);
        Assert.False(judged.InSeconds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1720000000000")]
    [InlineData("1720000000000.5")]
    [InlineData("99999999999999999999")]
    [InlineData("999999999999999999")]
    public void AnUnreadableTimestampIsNotFresh(string? timestamp)
    {
        var judged = EventFreshness.Judge(timestamp, Now, Defaults);

        Assert.Equal((false, (TimeSpan?)null), (judged.IsFresh, judged.Offset));
    }
}
