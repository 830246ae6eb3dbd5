using ChatAssistant.Channels;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Zalo.Api;

namespace ChatAssistant.Tests.Channels;

public sealed class ZaloOutboundChannelTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>08:00 on a Monday in Vietnam.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, Vietnam);

    [Fact]
    public void AcceptedMessageIsDeliveredWithZalosMessageId()
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(0, "Success", "zalo-msg-1"), Morning);

        Assert.Equal(DeliveryResult.Delivered("zalo-msg-1"), result);
    }

    [Fact]
    public void RateLimitIsRetriedAndSlowsTheWholeAccount()
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(-32, "exceeded rate limit", null), Morning);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.True(result.AccountThrottled);
        Assert.Equal(-32, result.ErrorCode);
        Assert.Equal("exceeded rate limit", result.ErrorMessage);
        Assert.Null(result.RetryNotBefore);
    }

    [Fact]
    public void NetworkFailureIsRetriedWithoutThrottlingTheAccount()
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.NetworkFailure("connection reset"), Morning);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.False(result.AccountThrottled);
        Assert.Null(result.RetryNotBefore);
        Assert.Equal(OaSendResult.NetworkFailureCode, result.ErrorCode);
    }

    [Fact]
    public void NoAnswerFromZaloMakesTheWholeAccountUnavailable()
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.NetworkFailure("HTTP 503 Service Unavailable"), Morning);

        Assert.True(result.AccountUnavailable);
        Assert.False(ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(-32, "exceeded rate limit", null), Morning).AccountUnavailable);
        Assert.False(ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(-211, "out of quota", null), Morning).AccountUnavailable);
    }

    [Theory]
    [InlineData(23, 30, 1)]
    [InlineData(22, 0, 1)]
    [InlineData(3, 0, 0)]
    [InlineData(0, 0, 0)]
    [InlineData(5, 59, 0)]
    public void QuietHoursAreRetriedAtTheNextSixOClockInVietnam(int hour, int minute, int daysLater)
    {
        var now = new DateTimeOffset(2026, 3, 2, hour, minute, 0, Vietnam);

        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(-234, "quiet hours", null), now.ToUniversalTime());

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 3, 2 + daysLater, 6, 0, 0, Vietnam), result.RetryNotBefore);
        Assert.False(result.AccountThrottled);
    }

    [Fact]
    public void QuietHoursReportedInDaytimeAreRetriedSoonBecauseTheClocksDisagree()
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(-234, "quiet hours", null), Morning);

        Assert.Equal(Morning.AddMinutes(15), result.RetryNotBefore);
    }

    [Fact]
    public void ExhaustedQuotaIsRetriedAtMidnightInVietnam()
    {
        var now = new DateTimeOffset(2026, 3, 2, 15, 0, 0, Vietnam);

        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(-211, "out of quota", null), now);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, Vietnam), result.RetryNotBefore);
    }

    [Theory]
    [InlineData(-216)]
    [InlineData(-220)]
    public void TokenStillRefusedAfterARefreshIsRetriedLater(int code)
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(code, "token invalid", null), Morning);

        Assert.Equal(
            new DeliveryResult(DeliveryOutcome.RetryLater) { ErrorCode = code, ErrorMessage = "token invalid" },
            result);
    }

    [Theory]
    [InlineData(-213)]
    [InlineData(-230)]
    [InlineData(-201)]
    [InlineData(-999)]
    public void PermanentRefusalFailsWithZalosCodeAndMessage(int code)
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.FromZalo(code, "refused", null), Morning);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Failed) { ErrorCode = code, ErrorMessage = "refused" }, result);
    }

    [Fact]
    public void UnexpectedResponseFails()
    {
        var result = ZaloOutboundChannel.ToDelivery(OaSendResult.UnexpectedResponse("HTTP 404"), Morning);

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal("HTTP 404", result.ErrorMessage);
    }
}
