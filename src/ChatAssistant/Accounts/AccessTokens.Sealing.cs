using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Accounts;

/// <summary>The stored side of the tokens: rows read and opened, and sealed again when an older version or key wrote them.</summary>
public sealed partial class AccessTokens
{
    /// <summary>The row's tokens: from its clear columns when a version before schema 0011 wrote it, otherwise opened.</summary>
    private StoredAccount Read(StoredRow row)
    {
        if (row.IsClear)
        {
            return new StoredAccount(row.ClearAccess, row.ClearRefresh, row.ClearPrevious, row.ExpiresAt, row.SeedFingerprint);
        }
        try
        {
            return new StoredAccount(
                seal.Open(row.OaId, TokenSeal.Access, row.AccessCipher),
                seal.Open(row.OaId, TokenSeal.Refresh, row.RefreshCipher),
                seal.Open(row.OaId, TokenSeal.PreviousRefresh, row.PreviousCipher),
                row.ExpiresAt,
                row.SeedFingerprint);
        }
        catch (CryptographicException)
        {
            // Left as they are: the account cannot send until the key they were sealed with is back, or a new seed is set.
            LogUnreadable(logger, row.OaId);
            return new StoredAccount(null, null, null, row.ExpiresAt, row.SeedFingerprint, Opened: false);
        }
    }

    private const string UpdateSealed = """
        UPDATE official_accounts
        SET access_token_cipher = @access, refresh_token_cipher = @refresh, previous_refresh_token_cipher = @previous,
            access_token = NULL, refresh_token = NULL, previous_refresh_token = NULL
        WHERE oa_id = @oaId
        """;

    /// <summary>Seals with the current key the tokens kept in clear or sealed with a previous key, and empties the clear columns.</summary>
    /// <remarks>
    /// Runs at start-up, before the tip-off rekeying looks for values under previous keys (its hosted service starts
    /// after this one), so its log line saying a previous key may be removed holds for tokens too. The clear values
    /// overwritten are zeroed in the database file (<c>secure_delete</c>), and the write-ahead log that still holds
    /// their old pages is truncated.
    /// </remarks>
    private async Task ResealAsync(List<StoredRow> rows, Dictionary<string, StoredAccount> stored)
    {
        var stale = rows
            .Where(row => stored[row.OaId].Opened && (row.IsClear
                || !seal.IsCurrent(row.AccessCipher) || !seal.IsCurrent(row.RefreshCipher) || !seal.IsCurrent(row.PreviousCipher)))
            .ToList();
        if (stale.Count == 0)
        {
            return;
        }
        var updates = stale.Select(row =>
        {
            var account = stored[row.OaId];
            return new
            {
                oaId = row.OaId,
                access = seal.Seal(row.OaId, TokenSeal.Access, account.Token),
                refresh = seal.Seal(row.OaId, TokenSeal.Refresh, account.RefreshToken),
                previous = seal.Seal(row.OaId, TokenSeal.PreviousRefresh, account.PreviousRefreshToken),
            };
        }).ToList();
        await writer.WriteAsync((connection, transaction) => connection.Execute(UpdateSealed, updates, transaction)).ConfigureAwait(false);
        // Trimmed at once: this is start-up, nothing waits on the writer yet. A reader holding old pages makes it wait for a retry.
        if (stale.Any(row => row.IsClear) && !walTrim.Trim())
        {
            walTrim.Request();
        }
        LogResealed(logger, stale.Count);
    }

    /// <param name="Opened">False when no configured key opens the stored tokens.</param>
    private sealed record StoredAccount(
        string? Token, string? RefreshToken, string? PreviousRefreshToken, long? ExpiresAt, string? SeedFingerprint, bool Opened = true);

    // Settable properties: SQLite hands back INTEGER columns as Int64 whatever a record's constructor says.
    private sealed class StoredRow
    {
        public string OaId { get; init; } = "";
        public byte[]? AccessCipher { get; init; }
        public byte[]? RefreshCipher { get; init; }
        public byte[]? PreviousCipher { get; init; }
        public string? ClearAccess { get; init; }
        public string? ClearRefresh { get; init; }
        public string? ClearPrevious { get; init; }
        public long? ExpiresAt { get; init; }
        public string? SeedFingerprint { get; init; }

        /// <summary>Written by a version that kept tokens in clear (before schema 0011).</summary>
        public bool IsClear => ClearAccess is not null || ClearRefresh is not null || ClearPrevious is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed the stored tokens of {Count} accounts with the current key")]
    private static partial void LogResealed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The stored tokens of account {OaId} open with no configured key: put the key they were sealed with back in TipOffs:PreviousEncryptionKeys, or authorise the app again and configure new seed tokens")]
    private static partial void LogUnreadable(ILogger logger, string oaId);
}
