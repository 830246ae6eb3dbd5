using System.Net;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Tests.Api;

public sealed class ZaloOAuthClientTests : IAsyncLifetime, IDisposable
{
    private const string FirstRefreshToken = "refresh-1";

    private readonly HttpClient _http = new();
    private readonly ManualClock _clock = new();
    private FakeZaloApi _zalo = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync(_clock);
        _zalo.IssueTokens("access-1", FirstRefreshToken);
    }

    public async Task DisposeAsync() => await _zalo.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task RefreshRotatesBothTokensAndTheNewAccessTokenSends()
    {
        var result = await Client().RefreshAsync(FirstRefreshToken, default);

        Assert.True(result.Succeeded, result.Error);
        var grant = result.Grant!;
        Assert.NotEqual("access-1", grant.AccessToken);
        Assert.NotEqual(FirstRefreshToken, grant.RefreshToken);
        Assert.False(_zalo.IsRefreshTokenValid(FirstRefreshToken));
        Assert.True(_zalo.IsRefreshTokenValid(grant.RefreshToken));
        Assert.Equal(1, _zalo.RefreshCount);

        var send = await new OaMessageClient(_http, Options.Create(_zalo.CreateOptions()))
            .SendAsync(grant.AccessToken, "user-1", OutboundMessage.FromText("Xin chào"), default);
        Assert.True(send.IsDelivered);
    }

    [Fact]
    public async Task ExpiresInStringIsCountedFromTheClock()
    {
        _clock.Advance(TimeSpan.FromDays(3));
        var now = _clock.GetUtcNow();

        var result = await Client().RefreshAsync(FirstRefreshToken, default);

        Assert.Equal(now + TimeSpan.FromSeconds(90_000), result.Grant!.ExpiresAt);
    }

    [Fact]
    public async Task ExpiresInAsANumberIsToleratedToo()
    {
        _zalo.ExpiresInAsNumber = true;
        _zalo.ExpiresInSeconds = 3600;

        var result = await Client().RefreshAsync(FirstRefreshToken, default);

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromHours(1), result.Grant!.ExpiresAt);
    }

    [Fact]
    public async Task ReusedRefreshTokenIsAPermanentError()
    {
        var client = Client();
        var first = await client.RefreshAsync(FirstRefreshToken, default);

        var again = await client.RefreshAsync(FirstRefreshToken, default);

        Assert.True(first.Succeeded);
        Assert.Null(again.Grant);
        Assert.True(again.IsPermanent);
        Assert.Contains("refresh token", again.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, _zalo.RefreshCount);
    }

    [Fact]
    public async Task WrongSecretIsRejectedAndTheRefreshTokenSurvives()
    {
        var options = _zalo.CreateOptions();
        options.AppSecret = "not-the-secret";

        var result = await Client(options).RefreshAsync(FirstRefreshToken, default);

        Assert.Null(result.Grant);
        Assert.True(result.IsPermanent);
        Assert.Contains("secret", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.True(_zalo.IsRefreshTokenValid(FirstRefreshToken));
    }

    [Fact]
    public async Task WrongAppIdIsRejected()
    {
        var options = _zalo.CreateOptions();
        options.AppId = "another-app";

        var result = await Client(options).RefreshAsync(FirstRefreshToken, default);

        Assert.True(result.IsPermanent);
    }

    [Fact]
    public async Task MissingAppSecretIsRejectedWithoutCallingZalo()
    {
        var options = _zalo.CreateOptions();
        options.AppSecret = null;

        var result = await Client(options).RefreshAsync(FirstRefreshToken, default);

        Assert.True(result.IsPermanent);
        Assert.Equal(0, _zalo.RefreshCount);
    }

    [Fact]
    public async Task ServiceUnavailableIsTransientAndTheTokenStillWorksAfterwards()
    {
        _zalo.FailNextRefreshes();
        var client = Client();

        var failed = await client.RefreshAsync(FirstRefreshToken, default);
        var retried = await client.RefreshAsync(FirstRefreshToken, default);

        Assert.Null(failed.Grant);
        Assert.False(failed.IsPermanent);
        Assert.True(retried.Succeeded);
    }

    [Fact]
    public async Task ClosedPortIsTransient()
    {
        var options = _zalo.CreateOptions();
        options.OAuthBaseUrl = ClosedPort.Url();

        var result = await Client(options).RefreshAsync(FirstRefreshToken, default);

        Assert.Null(result.Grant);
        Assert.False(result.IsPermanent);
    }

    [Fact]
    public async Task ErrorFieldsWithoutANumericCodeAreStillAnError()
    {
        // The ChatbotX bug: an answer with only error_name passed as success and stored an empty token.
        using var http = new HttpClient(new StubHttpHandler(HttpStatusCode.OK,
            """{"error_name":"Invalid refresh token","error_reason":"Refresh token is expired"}"""));

        var result = await new ZaloOAuthClient(http, Options.Create(_zalo.CreateOptions()), _clock).RefreshAsync("r", default);

        Assert.Null(result.Grant);
        Assert.True(result.IsPermanent);
        Assert.Equal("Invalid refresh token: Refresh token is expired", result.Error);
    }

    [Fact]
    public async Task TokensWithAnUnreadableLifetimeAreKeptWithAShortOne()
    {
        using var http = new HttpClient(new StubHttpHandler(HttpStatusCode.OK,
            """{"access_token":"a2","refresh_token":"r2","expires_in":"soon"}"""));

        var result = await new ZaloOAuthClient(http, Options.Create(_zalo.CreateOptions()), _clock).RefreshAsync("r", default);

        Assert.Equal("r2", result.Grant!.RefreshToken);
        Assert.InRange(result.Grant.ExpiresAt - _clock.GetUtcNow(), TimeSpan.FromMinutes(1), TimeSpan.FromHours(2));
    }

    [Fact]
    public void GrantDoesNotPrintItsTokens() =>
        Assert.DoesNotContain("secret-token", new TokenGrant("secret-token", "secret-token", DateTimeOffset.UnixEpoch).ToString(), StringComparison.Ordinal);

    private ZaloOAuthClient Client(ZaloOptions? options = null) =>
        new(_http, Options.Create(options ?? _zalo.CreateOptions()), _clock);
}
