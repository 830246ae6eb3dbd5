using ChatAssistant.Accounts;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Accounts;

/// <summary>Token seeds, single-flight refresh against a fake Zalo OAuth server, and persistence.</summary>
public sealed class AccessTokensTests : IAsyncLifetime
{
    private const string OaId = "oa-1";
    private readonly ManualClock _clock = new();
    private TestDatabase _database = null!;
    private FakeZaloApi _zalo = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create();
        _zalo = await FakeZaloApi.StartAsync();
        _zalo.IssueTokens("access-seed", "refresh-seed");
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _zalo.DisposeAsync();
        await _database.DisposeAsync();
    }

    private AccessTokens Create(string accessSeed = "access-seed", string refreshSeed = "refresh-seed")
    {
        var options = _zalo.CreateOptions();
        options.RefreshBeforeExpiry = TimeSpan.FromMinutes(30);
        options.Accounts.Add(new OfficialAccountOptions { OaId = OaId, Name = "Phường 1", AccessToken = accessSeed, RefreshToken = refreshSeed });
        var wrapped = Options.Create(options);
        return new AccessTokens(_database.Writer, _database.Connections, new ZaloOAuthClient(_http, wrapped, _clock), wrapped, _clock,
            NullLogger<AccessTokens>.Instance);
    }

    private string? Stored(string column)
    {
        using var connection = _database.Connections.Open();
        return connection.ExecuteScalar<string?>($"SELECT {column} FROM official_accounts WHERE oa_id = @OaId", new { OaId });
    }

    [Fact]
    public async Task SeedIsWrittenOnFirstLoad()
    {
        var tokens = Create();

        await tokens.LoadAsync();

        Assert.Equal("access-seed", tokens.Current(OaId)?.Token);
        Assert.Equal("refresh-seed", Stored("refresh_token"));
    }

    [Fact]
    public async Task RefreshRotatesThePairAndCommitsItBeforeUse()
    {
        var tokens = Create();
        await tokens.LoadAsync();

        var renewed = await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);

        Assert.NotNull(renewed);
        Assert.NotEqual("access-seed", renewed);
        Assert.Equal(renewed, Stored("access_token"));
        Assert.Equal("refresh-seed", Stored("previous_refresh_token"));
        Assert.True(_zalo.IsRefreshTokenValid(Stored("refresh_token")!));
        Assert.Equal(_clock.UtcNow.AddSeconds(90_000), tokens.Current(OaId)?.ExpiresAt);
    }

    [Fact]
    public async Task ManyCallersWithTheSameStaleTokenCauseOneRefresh()
    {
        var tokens = Create();
        await tokens.LoadAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None)));

        Assert.Equal(1, _zalo.RefreshCount);
        Assert.Single(results.Distinct());
    }

    [Fact]
    public async Task RefreshedTokensAreKeptOverTheUnchangedSeedAfterARestart()
    {
        var first = Create();
        await first.LoadAsync();
        var renewed = await first.RefreshAsync(OaId, "access-seed", CancellationToken.None);

        var second = Create();
        await second.LoadAsync();

        Assert.Equal(renewed, second.Current(OaId)?.Token);
    }

    [Fact]
    public async Task ChangedSeedReplacesTheStoredTokens()
    {
        var first = Create();
        await first.LoadAsync();
        await first.RefreshAsync(OaId, "access-seed", CancellationToken.None);

        var second = Create("access-reauthorised", "refresh-reauthorised");
        await second.LoadAsync();

        Assert.Equal("access-reauthorised", second.Current(OaId)?.Token);
        Assert.Equal("refresh-reauthorised", Stored("refresh_token"));
    }

    [Fact]
    public async Task TokenIsDueForRefreshOnlyWithinTheMarginBeforeExpiry()
    {
        var tokens = Create();
        await tokens.LoadAsync();
        await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(90_000) - TimeSpan.FromMinutes(31));
        Assert.Empty(tokens.DueForRefresh());

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal([OaId], tokens.DueForRefresh());
    }

    [Fact]
    public async Task RejectedRefreshIsRecordedAndReturnsNoToken()
    {
        var tokens = Create(refreshSeed: "refresh-unknown-to-zalo");
        await tokens.LoadAsync();

        var renewed = await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);

        Assert.Null(renewed);
        Assert.False(string.IsNullOrEmpty(Stored("refresh_error")));
        Assert.Equal("refresh-unknown-to-zalo", Stored("refresh_token"));
    }
}
