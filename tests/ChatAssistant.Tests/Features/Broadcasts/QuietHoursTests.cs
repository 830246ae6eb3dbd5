using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Tests.Features.Broadcasts;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = QuietHours.From(new BroadcastOptions());

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(21, 59, false)]
    [InlineData(22, 0, true)]
    [InlineData(0, 30, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(12, 0, false)]
    public void QuietFromTenAtNightToSixInTheMorningVietnamTime(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, Night.IsQuietAt(Local(2, hour, minute)));

    [Fact]
    public void ANoticeHeldInTheEveningContinuesAtSixTheNextMorning() =>
        Assert.Equal(Local(3, 6), Night.EndAfter(Local(2, 23, 15)));

    [Fact]
    public void ANoticeHeldAfterMidnightContinuesAtSixThatMorning() =>
        Assert.Equal(Local(3, 6), Night.EndAfter(Local(3, 2)));

    [Fact]
    public void NothingIsHeldInTheDay() =>
        Assert.Null(Night.EndAfter(Local(3, 9)));
}
