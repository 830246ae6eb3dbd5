using System.Net;
using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Tests.Api;

public sealed class OaMessageClientTests : IAsyncLifetime, IDisposable
{
    private const string Token = "access-1";
    private const string UserId = "246845883529197922";

    private readonly HttpClient _http = new();
    private FakeZaloApi _zalo = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync();
        _zalo.IssueTokens(Token, "refresh-1");
    }

    public async Task DisposeAsync() => await _zalo.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task TextIsPostedToCsWithTheAccessTokenHeaderAndTheDocumentedBody()
    {
        var result = await Client().SendAsync(Token, UserId, OutboundMessage.FromText("Chào anh, đây là Công an phường."), default);

        Assert.Equal(SendDisposition.Delivered, result.Disposition);
        Assert.Equal(0, result.ErrorCode);
        var received = Assert.Single(_zalo.Messages);
        Assert.Equal("/v3.0/oa/message/cs", received.Path);
        Assert.Equal(Token, received.AccessToken);
        Assert.Equal(received.MessageId, result.MessageId);
        Assert.NotNull(result.MessageId);
        AssertJson(
            """{"recipient":{"user_id":"246845883529197922"},"message":{"text":"Chào anh, đây là Công an phường."}}""",
            received.RawJson);
        // Vietnamese travels as itself, not as \u escapes.
        Assert.Contains("Công an phường", received.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuoteMessageIdGoesInsideTheMessage()
    {
        var message = OutboundMessage.FromText("Dạ vâng.") with { QuoteMessageId = "96d3cdf3af150460909" };

        await Client().SendAsync(Token, UserId, message, default);

        AssertJson(
            """{"recipient":{"user_id":"246845883529197922"},"message":{"text":"Dạ vâng.","quote_message_id":"96d3cdf3af150460909"}}""",
            Assert.Single(_zalo.Messages).RawJson);
    }

    [Fact]
    public async Task ImageIsSentAsAMediaTemplateWithItsCaption()
    {
        var result = await Client().SendAsync(Token, UserId, OutboundMessage.FromImage("https://cdn.example/map.png", "Bản đồ"), default);

        Assert.True(result.IsDelivered);
        AssertJson(
            """
            {"recipient":{"user_id":"246845883529197922"},"message":{"text":"Bản đồ","attachment":{"type":"template",
             "payload":{"template_type":"media","elements":[{"media_type":"image","url":"https://cdn.example/map.png"}]}}}}
            """,
            Assert.Single(_zalo.Messages).RawJson);
    }

    [Fact]
    public async Task RequestUserInfoIsSentAsARequestUserInfoTemplate()
    {
        var message = OutboundMessage.AskUserInfo("Chia sẻ thông tin", "Để công an phường liên hệ lại", "https://cdn.example/card.png");

        var result = await Client().SendAsync(Token, UserId, message, default);

        Assert.True(result.IsDelivered);
        AssertJson(
            """
            {"recipient":{"user_id":"246845883529197922"},"message":{"attachment":{"type":"template","payload":{
             "template_type":"request_user_info","elements":[{"title":"Chia sẻ thông tin","subtitle":"Để công an phường liên hệ lại",
             "image_url":"https://cdn.example/card.png"}]}}}}
            """,
            Assert.Single(_zalo.Messages).RawJson);
    }

    [Fact]
    public async Task UnknownAccessTokenAsksForARefresh()
    {
        var result = await Client().SendAsync("stale-token", UserId, OutboundMessage.FromText("Xin chào"), default);

        Assert.Equal(-216, result.ErrorCode);
        Assert.Equal(SendDisposition.RefreshTokenThenRetry, result.Disposition);
        Assert.Equal("Access token is invalid", result.ErrorMessage);
        Assert.Null(result.MessageId);
    }

    [Fact]
    public async Task ExpiredAccessTokenAsksForARefresh()
    {
        _zalo.ExpireAccessToken(Token);

        var result = await Client().SendAsync(Token, UserId, OutboundMessage.FromText("Xin chào"), default);

        Assert.Equal(SendDisposition.RefreshTokenThenRetry, result.Disposition);
    }

    [Fact]
    public async Task UserOutsideTheSevenDayWindowIsPermanent()
    {
        _zalo.FailAlwaysForUser(UserId, -230);

        var result = await Client().SendAsync(Token, UserId, OutboundMessage.FromText("Nhắc lịch hẹn"), default);

        Assert.Equal(-230, result.ErrorCode);
        Assert.Equal(SendDisposition.Permanent, result.Disposition);
    }

    [Fact]
    public async Task RateLimitIsRetriedLaterAndTheNextSendGoesThrough()
    {
        _zalo.FailNextSends(-32);
        var client = Client();

        var first = await client.SendAsync(Token, UserId, OutboundMessage.FromText("một"), default);
        var second = await client.SendAsync(Token, UserId, OutboundMessage.FromText("hai"), default);

        Assert.Equal(SendDisposition.RetryLater, first.Disposition);
        Assert.True(second.IsDelivered);
        Assert.NotNull(second.RateLimitRemain);
    }

    [Fact]
    public async Task ClosedPortIsANetworkFailureToRetryLater()
    {
        var options = _zalo.CreateOptions();
        options.ApiBaseUrl = ClosedPort.Url();

        var result = await Client(options).SendAsync(Token, UserId, OutboundMessage.FromText("Xin chào"), default);

        Assert.Equal(OaSendResult.NetworkFailureCode, result.ErrorCode);
        Assert.Equal(SendDisposition.RetryLater, result.Disposition);
        Assert.NotNull(result.ErrorMessage);
    }

    [Theory]
    [InlineData(ZaloOutage.ServiceUnavailable)]
    [InlineData(ZaloOutage.DroppedConnection)]
    public async Task AZaloThatIsDownIsANetworkFailureAndTheSendAfterItGoesThrough(ZaloOutage how)
    {
        _zalo.BeginOutage(how, TimeSpan.FromMinutes(5));

        var during = await Client().SendAsync(Token, UserId, OutboundMessage.FromText("Xin chào"), default);
        _zalo.EndOutage();
        var after = await Client().SendAsync(Token, UserId, OutboundMessage.FromText("Xin chào"), default);

        Assert.Equal((OaSendResult.NetworkFailureCode, SendDisposition.RetryLater), (during.ErrorCode, during.Disposition));
        Assert.True(after.IsDelivered);
        Assert.Equal(UserId, Assert.Single(_zalo.TurnedAway).UserId);
        Assert.Single(_zalo.Messages);
    }

    [Fact]
    public async Task SlowAnswerPastTheRequestTimeoutIsRetriedLater()
    {
        _zalo.Latency = TimeSpan.FromSeconds(5);
        var options = _zalo.CreateOptions();
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);

        var result = await Client(options).SendAsync(Token, UserId, OutboundMessage.FromText("Xin chào"), default);

        Assert.Equal(SendDisposition.RetryLater, result.Disposition);
        Assert.Contains("within", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationByTheCallerThrows()
    {
        _zalo.Latency = TimeSpan.FromSeconds(5);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client().SendAsync(Token, UserId, OutboundMessage.FromText("Xin chào"), cancel.Token));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, SendDisposition.RetryLater)]
    [InlineData(HttpStatusCode.BadGateway, SendDisposition.RetryLater)]
    [InlineData(HttpStatusCode.TooManyRequests, SendDisposition.RetryLater)]
    [InlineData(HttpStatusCode.NotFound, SendDisposition.Permanent)]
    [InlineData(HttpStatusCode.BadRequest, SendDisposition.Permanent)]
    public async Task HttpFailuresWithoutAZaloAnswerAreClassifiedByStatus(HttpStatusCode status, SendDisposition expected)
    {
        using var http = new HttpClient(new StubHttpHandler(status, "<html>gateway</html>", "text/html"));

        var result = await new OaMessageClient(http, Options.Create(new ZaloOptions())).SendAsync(Token, UserId, OutboundMessage.FromText("x"), default);

        Assert.Equal(expected, result.Disposition);
    }

    [Fact]
    public async Task HtmlPageWithStatus200IsAnUnexpectedResponse()
    {
        using var http = new HttpClient(new StubHttpHandler(HttpStatusCode.OK, "<html>captive portal</html>", "text/html"));

        var result = await new OaMessageClient(http, Options.Create(new ZaloOptions())).SendAsync(Token, UserId, OutboundMessage.FromText("x"), default);

        Assert.Equal(OaSendResult.UnexpectedResponseCode, result.ErrorCode);
        Assert.Equal(SendDisposition.Permanent, result.Disposition);
    }

    [Fact]
    public async Task ErrorCodeSentAsAStringIsStillRead()
    {
        using var http = new HttpClient(new StubHttpHandler(HttpStatusCode.OK, """{"error":"-220","message":"Access token has expired"}"""));

        var result = await new OaMessageClient(http, Options.Create(new ZaloOptions())).SendAsync(Token, UserId, OutboundMessage.FromText("x"), default);

        Assert.Equal(-220, result.ErrorCode);
        Assert.Equal(SendDisposition.RefreshTokenThenRetry, result.Disposition);
    }

    private OaMessageClient Client(ZaloOptions? options = null) =>
        new(_http, Options.Create(options ?? _zalo.CreateOptions()));

    private static void AssertJson(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        Assert.True(
            JsonElement.DeepEquals(expectedDocument.RootElement, actualDocument.RootElement),
            $"Expected {expectedDocument.RootElement.GetRawText()}{Environment.NewLine}but got {actual}");
    }
}
