using ChatAssistant.Zalo.Api;

namespace ChatAssistant.Zalo.Tests.Api;

public class ZaloErrorClassifierTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Every row of the error table in zalo-platform.md, section 2, plus success.</summary>
    public static TheoryData<int, SendDisposition> DocumentedCodes => new()
    {
        { 0, SendDisposition.Delivered },
        { -32, SendDisposition.RetryLater },
        { -133, SendDisposition.RetryLater },
        { -201, SendDisposition.Permanent },
        { -211, SendDisposition.RetryLater },
        { -213, SendDisposition.Permanent },
        { -216, SendDisposition.RefreshTokenThenRetry },
        { -220, SendDisposition.RefreshTokenThenRetry },
        { -223, SendDisposition.Permanent },
        { -224, SendDisposition.Permanent },
        { -227, SendDisposition.Permanent },
        { -230, SendDisposition.Permanent },
        { -232, SendDisposition.Permanent },
        { -234, SendDisposition.RetryLater },
        { -240, SendDisposition.Permanent },
        { -244, SendDisposition.Permanent },
    };

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void EveryDocumentedCodeHasItsDisposition(int code, SendDisposition expected)
    {
        var error = ZaloErrorClassifier.Classify(code);

        Assert.Equal(code, error.Code);
        Assert.Equal(expected, error.Disposition);
        Assert.False(string.IsNullOrWhiteSpace(error.Meaning));
        Assert.DoesNotContain("unknown", error.Meaning, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-999)]
    [InlineData(-14014)]
    [InlineData(int.MinValue + 7)]
    public void UnknownNegativeCodesArePermanentAndSaySo(int code)
    {
        var error = ZaloErrorClassifier.Classify(code);

        Assert.Equal(SendDisposition.Permanent, error.Disposition);
        Assert.Contains("unknown", error.Meaning, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Meaning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-223)]
    [InlineData(-224)]
    public void PermissionAndPackageErrorsAskForTheOperator(int code) =>
        Assert.Contains("operator", ZaloErrorClassifier.Classify(code).Meaning, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData(-230)]
    [InlineData(-232)]
    public void OutsideTheSevenDayWindowTheMeaningSaysSo(int code) =>
        Assert.Contains("7-day", ZaloErrorClassifier.Classify(code).Meaning, StringComparison.Ordinal);

    [Fact]
    public void RetiredV2ApiIsCalledABug() =>
        Assert.Contains("v2 API shut down: bug", ZaloErrorClassifier.Classify(-240).Meaning, StringComparison.Ordinal);

    [Fact]
    public void LocalNetworkFailureSentinelIsRetriedLater() =>
        Assert.Equal(SendDisposition.RetryLater, ZaloErrorClassifier.Classify(OaSendResult.NetworkFailureCode).Disposition);

    [Fact]
    public void LocalUnexpectedResponseSentinelIsPermanent() =>
        Assert.Equal(SendDisposition.Permanent, ZaloErrorClassifier.Classify(OaSendResult.UnexpectedResponseCode).Disposition);

    [Theory]
    [InlineData(22, 0, 1)]   // quiet hours just began: tomorrow morning
    [InlineData(23, 30, 1)]
    [InlineData(0, 15, 0)]   // after midnight: this morning
    [InlineData(5, 59, 0)]
    public void PromotionRefusedInQuietHoursWaitsForSixInTheMorning(int hour, int minute, int daysAhead)
    {
        var now = new DateTimeOffset(2026, 3, 10, hour, minute, 0, Vietnam);

        var notBefore = ZaloErrorClassifier.RetryNotBefore(-234, now);

        var expected = new DateTimeOffset(2026, 3, 10, 6, 0, 0, Vietnam).AddDays(daysAhead);
        Assert.Equal(expected, notBefore);
    }

    [Fact]
    public void PromotionRefusedAtOneInTheMorningUtcWaitsForSixVietnamTime()
    {
        // 22:30 UTC is 05:30 the next day in Vietnam: half an hour to wait, not a day.
        var now = new DateTimeOffset(2026, 3, 10, 22, 30, 0, TimeSpan.Zero);

        var notBefore = ZaloErrorClassifier.RetryNotBefore(-234, now);

        Assert.Equal(TimeSpan.FromMinutes(30), notBefore - now);
    }

    [Fact]
    public void PromotionRefusedInDaytimeIsRetriedSoonBecauseTheClocksDisagree()
    {
        var now = new DateTimeOffset(2026, 3, 10, 6, 1, 0, Vietnam);

        var notBefore = ZaloErrorClassifier.RetryNotBefore(-234, now);

        Assert.NotNull(notBefore);
        Assert.InRange(notBefore.Value - now, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9, 15)]
    [InlineData(16, 59)]  // 23:59 in Vietnam
    [InlineData(17, 0)]   // 00:00 the next day in Vietnam: the quota just reset, next reset is a day away
    [InlineData(23, 45)]
    public void OutOfQuotaWaitsForTheNextVietnameseMidnight(int utcHour, int utcMinute)
    {
        var now = new DateTimeOffset(2026, 3, 10, utcHour, utcMinute, 0, TimeSpan.Zero);

        var notBefore = ZaloErrorClassifier.RetryNotBefore(-211, now);

        Assert.NotNull(notBefore);
        var local = notBefore.Value.ToOffset(Vietnam);
        Assert.Equal(TimeSpan.Zero, local.TimeOfDay);
        Assert.InRange(notBefore.Value - now, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
    }

    [Fact]
    public void OutOfQuotaLateInTheEveningWaitsOnlyUntilMidnight()
    {
        var now = new DateTimeOffset(2026, 3, 10, 23, 0, 0, Vietnam);

        Assert.Equal(new DateTimeOffset(2026, 3, 11, 0, 0, 0, Vietnam), ZaloErrorClassifier.RetryNotBefore(-211, now));
    }

    [Theory]
    [InlineData(-32)]
    [InlineData(-216)]
    [InlineData(-230)]
    [InlineData(0)]
    public void CodesNotTiedToTheClockLeaveTheRetryTimeToTheCaller(int code) =>
        Assert.Null(ZaloErrorClassifier.RetryNotBefore(code, DateTimeOffset.UtcNow));
}
