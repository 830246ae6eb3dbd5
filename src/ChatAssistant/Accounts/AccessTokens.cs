using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Metrics;
using ChatAssistant.Storage;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Accounts;

/// <summary>Each account's access token: seeded from configuration, kept sealed in the database, refreshed one at a time.</summary>
/// <remarks>
/// Zalo refresh tokens are single use: two refreshes racing would burn the token and lock the
/// account out. So refreshes are serialised per account, a caller whose token was already
/// replaced gets the new one without refreshing again, and the new pair is committed before
/// the old one leaves memory. Tokens are written only through <see cref="TokenSeal"/>.
/// </remarks>
public sealed partial class AccessTokens(
    SqliteWriter writer,
    SqliteConnectionFactory connections,
    ZaloOAuthClient oauth,
    TokenSeal seal,
    WalTrim walTrim,
    IOptions<ZaloOptions> options,
    ServiceMetrics metrics,
    TimeProvider clock,
    ILogger<AccessTokens> logger)
{
    private readonly ConcurrentDictionary<string, AccessToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshLocks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshFailures> _failures = new(StringComparer.Ordinal);

    public AccessToken? Current(string oaId) => _tokens.GetValueOrDefault(oaId);

    /// <summary>The accounts whose latest refreshes failed, by account; a success takes its account off. Kept in memory only.</summary>
    public IReadOnlyDictionary<string, RefreshFailures> FailingRefreshes => _failures;

    private const string SelectAccounts = """
        SELECT oa_id AS OaId, access_token_cipher AS AccessCipher, refresh_token_cipher AS RefreshCipher,
               previous_refresh_token_cipher AS PreviousCipher,
               access_token AS ClearAccess, refresh_token AS ClearRefresh, previous_refresh_token AS ClearPrevious,
               access_token_expires_at AS ExpiresAt, seed_fingerprint AS SeedFingerprint
        FROM official_accounts
        """;

    // A new seed starts a new chain of refresh tokens: the previous one of the old chain goes, so the three are
    // always sealed with the same key.
    private const string UpsertSeed = """
        INSERT INTO official_accounts (oa_id, name, access_token_cipher, refresh_token_cipher, seed_fingerprint)
        VALUES (@OaId, @Name, @access, @refresh, @fingerprint)
        ON CONFLICT (oa_id) DO UPDATE SET
            name = excluded.name, access_token_cipher = excluded.access_token_cipher,
            refresh_token_cipher = excluded.refresh_token_cipher, previous_refresh_token_cipher = NULL,
            access_token_expires_at = NULL, seed_fingerprint = excluded.seed_fingerprint
        """;

    /// <summary>
    /// Loads the live tokens. A configured seed is written only when the account is new or the
    /// seed changed (an operator authorised the app again); otherwise the database's tokens,
    /// refreshed since, are the truth. Tokens an older version kept in clear, or sealed with a
    /// key since rotated, are sealed again with the current key first.
    /// </summary>
    public async Task LoadAsync()
    {
        List<StoredRow> rows;
        using (var connection = connections.Open())
        {
            rows = connection.Query<StoredRow>(SelectAccounts).AsList();
        }
        var stored = rows.ToDictionary(row => row.OaId, Read, StringComparer.Ordinal);
        await ResealAsync(rows, stored).ConfigureAwait(false);
        foreach (var seed in options.Value.Accounts)
        {
            var fingerprint = Fingerprint(seed);
            // Tokens that do not open are kept too while the seed is unchanged: the seed's refresh token was spent
            // long ago, and putting the old key back must find them where they were.
            if (stored.TryGetValue(seed.OaId, out var existing) && existing.SeedFingerprint == fingerprint)
            {
                continue;
            }
            var access = seal.Seal(seed.OaId, TokenSeal.Access, seed.AccessToken);
            var refresh = seal.Seal(seed.OaId, TokenSeal.Refresh, seed.RefreshToken);
            await writer.WriteAsync((connection, transaction) =>
                connection.Execute(UpsertSeed, new { seed.OaId, seed.Name, access, refresh, fingerprint }, transaction))
                .ConfigureAwait(false);
            stored[seed.OaId] = new StoredAccount(seed.AccessToken, seed.RefreshToken, null, null, fingerprint);
            LogSeeded(logger, seed.OaId);
        }
        foreach (var (oaId, account) in stored.Where(a => a.Value.Opened))
        {
            _tokens[oaId] = new AccessToken(account.Token, account.RefreshToken,
                account.ExpiresAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
        }
    }

    /// <summary>Accounts whose token expires within the configured margin.</summary>
    public IEnumerable<string> DueForRefresh()
    {
        var horizon = clock.GetUtcNow() + options.Value.RefreshBeforeExpiry;
        return _tokens.Where(t => t.Value.ExpiresAt is { } at && at <= horizon && t.Value.RefreshToken is not null).Select(t => t.Key);
    }

    private const string UpdateTokens = """
        UPDATE official_accounts
        SET access_token_cipher = @access, refresh_token_cipher = @refresh, previous_refresh_token_cipher = @previous,
            access_token_expires_at = @expiresAt, refreshed_at = @now, refresh_error = NULL
        WHERE oa_id = @oaId
        """;

    private const string UpdateRefreshError = "UPDATE official_accounts SET refresh_error = @error WHERE oa_id = @oaId";

    /// <summary>
    /// Refreshes the account's token unless <paramref name="staleToken"/> was already replaced;
    /// returns the token to use, or null when no refresh was possible.
    /// </summary>
    public async Task<string?> RefreshAsync(string oaId, string? staleToken, CancellationToken cancellationToken)
    {
        var gate = _refreshLocks.GetOrAdd(oaId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Current(oaId);
            if (current?.Token is { } token && token != staleToken)
            {
                return token;
            }
            if (current?.RefreshToken is not { } refreshToken)
            {
                LogNoRefreshToken(logger, oaId);
                RecordFailure(oaId, "no refresh token");
                metrics.TokenRefreshed("no_refresh_token");
                return null;
            }
            var result = await oauth.RefreshAsync(refreshToken, cancellationToken).ConfigureAwait(false);
            if (result.Grant is not { } grant)
            {
                LogRefreshFailed(logger, oaId, result.Error, result.IsPermanent);
                RecordFailure(oaId, result.Error ?? "refused without a reason");
                metrics.TokenRefreshed("failed");
                await writer.WriteAsync((connection, transaction) =>
                    connection.Execute(UpdateRefreshError, new { oaId, error = result.Error }, transaction)).ConfigureAwait(false);
                return null;
            }
            var renewed = new AccessToken(grant.AccessToken, grant.RefreshToken, grant.ExpiresAt);
            var access = seal.Seal(oaId, TokenSeal.Access, renewed.Token);
            var refresh = seal.Seal(oaId, TokenSeal.Refresh, renewed.RefreshToken);
            var previous = seal.Seal(oaId, TokenSeal.PreviousRefresh, refreshToken);
            await writer.WriteAsync((connection, transaction) => connection.Execute(UpdateTokens, new
            {
                oaId,
                access,
                refresh,
                previous,
                expiresAt = grant.ExpiresAt.ToUnixTimeMilliseconds(),
                now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            }, transaction)).ConfigureAwait(false);
            _tokens[oaId] = renewed;
            _failures.TryRemove(oaId, out _);
            metrics.TokenRefreshed("refreshed");
            LogRefreshed(logger, oaId, grant.ExpiresAt);
            return renewed.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    // Called under the account's refresh lock, so counts of one account never race.
    private void RecordFailure(string oaId, string error)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(oaId, new RefreshFailures(1, error, now), (_, before) => new RefreshFailures(before.InARow + 1, error, now));
    }

    internal static string Fingerprint(OfficialAccountOptions seed) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed.AccessToken}\n{seed.RefreshToken}")))[..16];

    [LoggerMessage(Level = LogLevel.Information, Message = "Tokens of account {OaId} seeded from configuration")]
    private static partial void LogSeeded(ILogger logger, string oaId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Access token of account {OaId} refreshed; expires at {ExpiresAt}")]
    private static partial void LogRefreshed(ILogger logger, string oaId, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing the token of account {OaId} failed ({Error}, permanent: {Permanent}); the operator must authorise the app again if it persists")]
    private static partial void LogRefreshFailed(ILogger logger, string oaId, string? error, bool permanent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {OaId} has no refresh token; configure Zalo:Accounts with a RefreshToken")]
    private static partial void LogNoRefreshToken(ILogger logger, string oaId);
}
