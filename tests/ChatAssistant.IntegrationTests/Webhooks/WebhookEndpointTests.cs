using System.Net;
using System.Text;

namespace ChatAssistant.IntegrationTests.Webhooks;

/// <summary>What POST /webhooks/zalo answers, and what it stores, for good and bad requests.</summary>
public sealed class WebhookEndpointTests : ZaloHostTest
{

    private long InboxRows() => Service.Query<long>("SELECT count(*) FROM inbox_messages");

    [Fact]
    public async Task SignedEventIsAcknowledgedAndStoredBeforeTheAnswer()
    {
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-1", "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, InboxRows());
    }

    [Theory]
    [InlineData("mac=")]
    [InlineData("")]
    public async Task SignatureWithOrWithoutMacPrefixIsAccepted(string prefix)
    {
        var body = ServiceUnderTest.TextEvent("u-2", "alo");

        var response = await Service.PostWebhookAsync(body, prefix + Service.Sign(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongSignatureIsRefusedAndNothingIsStored()
    {
        var body = ServiceUnderTest.TextEvent("u-3", "xin chào");
        var signedForOtherBody = Service.Sign(ServiceUnderTest.TextEvent("u-3", "xin chao"));

        var response = await Service.PostWebhookAsync(body, "mac=" + signedForOtherBody);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, InboxRows());
    }

    [Fact]
    public async Task MissingSignatureIsRefusedAndNothingIsStored()
    {
        var response = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-4", "xin chào"), sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, InboxRows());
    }

    [Fact]
    public async Task BodyThatIsNotJsonIsABadRequest()
    {
        var response = await Service.PostWebhookAsync("event_name=user_send_text", signature: "mac=00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, InboxRows());
    }

    [Fact]
    public async Task SignedJsonWithoutEventNameIsABadRequest()
    {
        var response = await Service.PostWebhookAsync("""{"app_id":"1","timestamp":"1720000000000"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, InboxRows());
    }

    [Fact]
    public async Task BodyOver256KibIsRefusedAsTooLarge()
    {
        var body = ServiceUnderTest.TextEvent("u-5", new string('a', 260 * 1024));

        var response = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, InboxRows());
    }

    [Fact]
    public async Task OversizedBodyWithoutContentLengthIsAlsoRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(ServiceUnderTest.TextEvent("u-6", new string('b', 300 * 1024)));
        using var content = new StreamContent(new NonSeekableStream(bytes));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/zalo") { Content = content };
        request.Headers.Add("X-ZEvent-Signature", "mac=00");
        request.Headers.TransferEncodingChunked = true;

        var response = await Service.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownEventIsAcknowledgedAndStoredAsIgnored()
    {
        var body = $$"""{"app_id":"1","oa_id":"{{ServiceUnderTest.OaId}}","event_name":"change_oa_daily_quota","timestamp":"1720000000001"}""";

        var response = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ignored", Service.Query<string>("SELECT status FROM inbox_messages"));
    }

    [Fact]
    public async Task EventForAnAccountNotServedIsAcknowledgedAndStoredAsIgnored()
    {
        var body = ServiceUnderTest.TextEvent("u-7", "xin chào").Replace(ServiceUnderTest.OaId, "999", StringComparison.Ordinal);

        var response = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ignored", Service.Query<string>("SELECT status FROM inbox_messages"));
    }

    [Fact]
    public async Task RedeliveredEventIsAcknowledgedButStoredOnce()
    {
        var body = ServiceUnderTest.TextEvent("u-8", "xin chào", msgId: "same-msg");

        var first = await Service.PostWebhookAsync(body);
        var second = await Service.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, InboxRows());
    }

    [Fact]
    public async Task HealthIsOkWhenDatabaseAndLoopsRun()
    {
        var response = await Service.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Forces chunked transfer: no Content-Length for the server to check up front.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
