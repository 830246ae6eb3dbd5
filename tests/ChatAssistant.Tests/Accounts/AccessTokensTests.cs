using ChatAssistant.Accounts;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using ChatAssistant.Tests.Features.TipOffs;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Accounts;

/// <summary>Token seeds, single-flight refresh against a fake Zalo OAuth server, and persistence, sealed.</summary>
public sealed class AccessTokensTests : IAsyncLifetime
{
    private const string OaId = "oa-1";
    private readonly ManualClock _clock = new();
    private readonly string _key = TipOffKeys.NewKey();
    private readonly TestMeters _meters = new();
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
        _meters.Dispose();
        await _zalo.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static OfficialAccountOptions Seed(string access = "access-seed", string refresh = "refresh-seed") =>
        new() { OaId = OaId, Name = "Phường 1", AccessToken = access, RefreshToken = refresh };

    private AccessTokens Create(string accessSeed = "access-seed", string refreshSeed = "refresh-seed") =>
        CreateWithKeys(_key, [], accessSeed, refreshSeed);

    /// <summary>The tokens as a start with these keys would load them (the current key first, then previous ones).</summary>
    private AccessTokens CreateWithKeys(string key, string[] previous, string accessSeed = "access-seed", string refreshSeed = "refresh-seed")
    {
        var options = _zalo.CreateOptions();
        options.RefreshBeforeExpiry = TimeSpan.FromMinutes(30);
        options.Accounts.Add(Seed(accessSeed, refreshSeed));
        var wrapped = Options.Create(options);
        return new AccessTokens(_database.Writer, _database.Connections, new ZaloOAuthClient(_http, wrapped, _clock),
            new TokenSeal(new TipOffCipher(TipOffKeys.Options(key, previous))), new WalTrim(_database.Connections, _clock, NullLogger<WalTrim>.Instance),
            wrapped, _meters.Service(_database.Connections, _clock), _clock, NullLogger<AccessTokens>.Instance);
    }

    /// <summary>A stored token, opened as the service opens it.</summary>
    private string? Stored(string column)
    {
        using var connection = _database.Connections.Open();
        var sealedToken = connection.ExecuteScalar<byte[]?>($"SELECT {column}_cipher FROM official_accounts WHERE oa_id = @OaId", new { OaId });
        var name = column switch
        {
            "access_token" => TokenSeal.Access,
            "refresh_token" => TokenSeal.Refresh,
            _ => TokenSeal.PreviousRefresh,
        };
        return new TokenSeal(new TipOffCipher(TipOffKeys.Options(_key))).Open(OaId, name, sealedToken);
    }

    private string? Column(string column)
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
        Assert.False(string.IsNullOrEmpty(Column("refresh_error")));
        Assert.Equal("refresh-unknown-to-zalo", Stored("refresh_token"));
    }

    [Fact]
    public async Task TheDatabaseFileHoldsTheTokensSealedNeverInClear()
    {
        var tokens = Create();
        await tokens.LoadAsync();
        var renewed = await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);
        var refresh = tokens.Current(OaId)!.RefreshToken!;

        var bytes = Features.TipOffs.Keys.DatabaseBytes.Read(_database);

        Assert.Equal((renewed, refresh, "refresh-seed"), (Stored("access_token"), Stored("refresh_token"), Stored("previous_refresh_token")));
        Assert.All(new[] { "access-seed", "refresh-seed", renewed!, refresh },
            token => Assert.False(Features.TipOffs.Keys.DatabaseBytes.Contains(bytes, token), $"{token} is in the database file"));
        Assert.Equal((null, null, null), (Column("access_token"), Column("refresh_token"), Column("previous_refresh_token")));
    }

    [Fact]
    public async Task TokensAnOlderVersionKeptInClearAreSealedAtTheFirstStartAndStayInUse()
    {
        // What a version before sealing left (schema 0011 only added the sealed columns): the pair refreshed since the
        // seed, which is unchanged, in clear.
        await _database.Writer.WriteAsync((c, t) => c.Execute("""
            INSERT INTO official_accounts (oa_id, name, access_token, refresh_token, previous_refresh_token, access_token_expires_at, seed_fingerprint)
            VALUES (@OaId, 'Phường 1', 'access-live-7f3a', 'refresh-live-9c1d', 'refresh-seed', @expires, @fingerprint)
            """, new { OaId, expires = _clock.UtcNow.AddHours(20).ToUnixTimeMilliseconds(), fingerprint = AccessTokens.Fingerprint(Seed()) }, t));
        var tokens = Create();

        await tokens.LoadAsync();

        Assert.Equal(("access-live-7f3a", "refresh-live-9c1d"), (tokens.Current(OaId)?.Token, tokens.Current(OaId)?.RefreshToken));
        Assert.Equal(("access-live-7f3a", "refresh-live-9c1d", "refresh-seed"),
            (Stored("access_token"), Stored("refresh_token"), Stored("previous_refresh_token")));
        Assert.Equal((null, null, null), (Column("access_token"), Column("refresh_token"), Column("previous_refresh_token")));
        var bytes = Features.TipOffs.Keys.DatabaseBytes.Read(_database);
        Assert.False(Features.TipOffs.Keys.DatabaseBytes.Contains(bytes, "access-live-7f3a"));
        Assert.False(Features.TipOffs.Keys.DatabaseBytes.Contains(bytes, "refresh-live-9c1d"));

        var afterRestart = Create();
        await afterRestart.LoadAsync();
        Assert.Equal("access-live-7f3a", afterRestart.Current(OaId)?.Token);
    }

    [Fact]
    public async Task AfterAKeyRotationTheTokensAreSealedAgainAndTheOldKeyCanGo()
    {
        var first = Create();
        await first.LoadAsync();
        var renewed = await first.RefreshAsync(OaId, "access-seed", CancellationToken.None);
        var newKey = TipOffKeys.NewKeyUnlike(_key);

        await CreateWithKeys(newKey, [_key]).LoadAsync();
        var withoutOldKey = CreateWithKeys(newKey, []);
        await withoutOldKey.LoadAsync();

        Assert.Equal(renewed, withoutOldKey.Current(OaId)?.Token);
    }

    [Fact]
    public async Task TokensNoKeyOpensAreKeptForTheKeyToComeBackNotReplacedByTheSpentSeed()
    {
        var first = Create();
        await first.LoadAsync();
        var renewed = await first.RefreshAsync(OaId, "access-seed", CancellationToken.None);
        var otherKey = TipOffKeys.NewKeyUnlike(_key);

        var keyMissing = CreateWithKeys(otherKey, []);
        await keyMissing.LoadAsync();
        var keyBack = CreateWithKeys(otherKey, [_key]);
        await keyBack.LoadAsync();

        Assert.Null(keyMissing.Current(OaId));
        Assert.Equal(renewed, keyBack.Current(OaId)?.Token);
    }

    [Fact]
    public async Task ANewSeedReplacesTokensNoKeyOpensAndStaysInUseAfterTheNextStart()
    {
        var first = Create();
        await first.LoadAsync();
        await first.RefreshAsync(OaId, "access-seed", CancellationToken.None);
        var otherKey = TipOffKeys.NewKeyUnlike(_key);

        await CreateWithKeys(otherKey, [], "access-reauthorised", "refresh-reauthorised").LoadAsync();
        var nextStart = CreateWithKeys(otherKey, [], "access-reauthorised", "refresh-reauthorised");
        await nextStart.LoadAsync();

        Assert.Equal(("access-reauthorised", "refresh-reauthorised"), (nextStart.Current(OaId)?.Token, nextStart.Current(OaId)?.RefreshToken));
    }

    [Fact]
    public async Task FailedRefreshesAreCountedInARowUntilOneSucceeds()
    {
        var tokens = Create();
        await tokens.LoadAsync();
        _zalo.FailNextRefreshes(count: 3);

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None));
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var failures = tokens.FailingRefreshes[OaId];
        Assert.Equal(3, failures.InARow);
        Assert.Equal(_clock.UtcNow - TimeSpan.FromMinutes(1), failures.LastAt);
        Assert.StartsWith("HTTP 503", failures.Error, StringComparison.Ordinal);

        Assert.NotNull(await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None));
        Assert.Empty(tokens.FailingRefreshes);
    }

    [Fact]
    public async Task RefreshesAreCountedByOutcome()
    {
        using var refreshes = _meters.Collect<long>("chatassistant.token.refreshes");
        var tokens = Create();
        await tokens.LoadAsync();
        _zalo.FailNextRefreshes();

        await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);
        await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);
        // Already replaced: the caller gets the new token, and no refresh happens to count.
        await tokens.RefreshAsync(OaId, "access-seed", CancellationToken.None);

        Assert.Equal(["failed", "refreshed"], refreshes.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
    }
}
