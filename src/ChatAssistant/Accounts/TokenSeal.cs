using ChatAssistant.Features.TipOffs;

namespace ChatAssistant.Accounts;

/// <summary>Seals an account's Zalo tokens at rest with the service's at-rest key, each bound to its account and column.</summary>
/// <remarks>
/// A token lets anyone who holds it write to every follower of the account as the police unit, so a copy of the
/// database (a backup) must not carry it in clear. The cipher is the tip-off one (AES-256-GCM under
/// <c>TipOffs:EncryptionKey</c>, which Production keeps out of the data folder), as for the console's session keys;
/// the context (<c>zalo-token:{oaId}:refresh</c>) keeps a sealed token from opening in another account's row or column.
/// </remarks>
public sealed class TokenSeal(TipOffCipher cipher)
{
    public const string Access = "access";
    public const string Refresh = "refresh";
    public const string PreviousRefresh = "previous-refresh";

    public byte[]? Seal(string oaId, string column, string? token) =>
        token is null ? null : cipher.Encrypt(token, Context(oaId, column));

    /// <exception cref="System.Security.Cryptography.CryptographicException">No configured key opens it: the key it was sealed with was removed.</exception>
    public string? Open(string oaId, string column, byte[]? sealedToken) =>
        sealedToken is null ? null : cipher.DecryptString(sealedToken, Context(oaId, column));

    /// <summary>True when the current key sealed it (or there is nothing sealed), so a rotation can leave it as it is.</summary>
    public bool IsCurrent(byte[]? sealedToken) => sealedToken is null || cipher.IsCurrent(sealedToken);

    public static string Context(string oaId, string column) => $"zalo-token:{oaId}:{column}";
}
