using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Api;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Tests.Api;

/// <summary>The fake is shared by the service's tests, so its own behaviour is pinned here.</summary>
public sealed class FakeZaloApiTests : IAsyncLifetime, IDisposable
{
    private const string Token = "access-1";

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
    public async Task ConcurrentSendsAreAllRecordedWithUniqueMessageIds()
    {
        var client = new OaMessageClient(_http, Options.Create(_zalo.CreateOptions()));

        var results = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => client.SendAsync(Token, $"user-{i}", OutboundMessage.FromText($"tin {i}"), default)));
        var accepted = await _zalo.WaitForMessagesAsync(40, TimeSpan.FromSeconds(5));

        Assert.All(results, r => Assert.True(r.IsDelivered));
        Assert.Equal(40, accepted.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(40, _zalo.Messages.Count);
    }

    [Fact]
    public async Task WaitingCompletesWhenALaterSendIsAccepted()
    {
        var waiting = _zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(5));
        Assert.False(waiting.IsCompleted);

        await new OaMessageClient(_http, Options.Create(_zalo.CreateOptions()))
            .SendAsync(Token, "user-1", OutboundMessage.FromText("Xin chào"), default);

        var accepted = await waiting;
        Assert.Equal("Xin chào", Assert.Single(accepted).Text);
    }

    [Fact]
    public async Task RejectedSendsDoNotCountAndTheTimeoutSaysWhatArrived()
    {
        await new OaMessageClient(_http, Options.Create(_zalo.CreateOptions()))
            .SendAsync("wrong-token", "user-1", OutboundMessage.FromText("Xin chào"), default);

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => _zalo.WaitForMessagesAsync(1, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("error -216", timeout.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(_zalo.Messages).Accepted);
    }

    [Fact]
    public async Task FailureForOneUserLeavesOthersAlone()
    {
        _zalo.FailAlwaysForUser("blocked", -213);
        var client = new OaMessageClient(_http, Options.Create(_zalo.CreateOptions()));

        var blocked = await client.SendAsync(Token, "blocked", OutboundMessage.FromText("a"), default);
        var blockedAgain = await client.SendAsync(Token, "blocked", OutboundMessage.FromText("b"), default);
        var other = await client.SendAsync(Token, "other", OutboundMessage.FromText("c"), default);

        Assert.Equal([-213, -213, 0], new[] { blocked.ErrorCode, blockedAgain.ErrorCode, other.ErrorCode });
    }

    [Fact]
    public async Task TextOverTheLimitIsAnInvalidParameter()
    {
        var result = await new OaMessageClient(_http, Options.Create(_zalo.CreateOptions()))
            .SendAsync(Token, "user-1", OutboundMessage.FromText(new string('a', 2001)), default);

        Assert.Equal(-201, result.ErrorCode);
    }

    [Theory]
    [InlineData("v3.0/oa/message/transaction", """{"recipient":{"user_id":"u1"},"message":{"text":"t"}}""", "u1", "message_id")]
    [InlineData("v3.0/oa/message/promotion", """{"recipient":{"user_id":"u1"},"message":{"text":"t"}}""", "u1", "message_id")]
    [InlineData("v3.0/oa/message/template", """{"user_id":"u1","template_id":"7","template_data":{}}""", "u1", "message_id")]
    [InlineData("message/template", """{"phone":"84987654321","template_id":"7","template_data":{},"tracking_id":"t1"}""", "84987654321", "msg_id")]
    public async Task OtherSendPathsAreRecordedLikewise(string path, string body, string recipient, string idField)
    {
        var answer = await PostAsync(path, body);

        Assert.Equal(0, answer.GetProperty("error").GetInt32());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("data").GetProperty(idField).GetString()));
        var received = Assert.Single(_zalo.Messages);
        Assert.Equal("/" + path, received.Path);
        Assert.Equal(recipient, received.UserId);
    }

    [Fact]
    public async Task RetiredV2ApiAnswersMinus240()
    {
        var answer = await PostAsync("v2.0/oa/message", """{"recipient":{"user_id":"u1"},"message":{"text":"t"}}""");

        Assert.Equal(-240, answer.GetProperty("error").GetInt32());
    }

    private async Task<JsonElement> PostAsync(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_zalo.BaseUrl, path))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("access_token", Token);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
