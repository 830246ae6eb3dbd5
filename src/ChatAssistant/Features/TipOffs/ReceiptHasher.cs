using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs;

/// <summary>Turns receipt codes into what is stored, and checks a quoted code against it.</summary>
/// <remarks>
/// PBKDF2 alone would make a lookup hash every row. So each row also keeps a short tag, HMAC-SHA256 of
/// the code under a key derived from the encryption key, truncated to 8 bytes: it finds the candidate
/// rows through an index, reveals nothing without the key, and the slow salted hash then proves the code.
/// </remarks>
public sealed class ReceiptHasher(TipOffCipher cipher, IOptions<TipOffOptions> options)
{
    public const int TagSize = 8;
    public const int SaltSize = 16;
    public const int HashSize = 32;

    private static readonly byte[] TagKeyInfo = Encoding.UTF8.GetBytes("tipoffs receipt tag");

    private readonly int _iterations = options.Value.ReceiptHashIterations;

    /// <summary>The stored form of a normalized code; slow on purpose (PBKDF2).</summary>
    public StoredReceipt Protect(string normalizedCode)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        return new StoredReceipt(Tag(cipher.CurrentKey, normalizedCode), salt, Hash(normalizedCode, salt));
    }

    /// <summary>The tags a code may be stored under: one per configured key, current first, so codes survive rotation.</summary>
    public IReadOnlyList<byte[]> CandidateTags(string normalizedCode) =>
        [.. cipher.Keys.Select(key => Tag(key, normalizedCode))];

    /// <summary>True when <paramref name="normalizedCode"/> is the code behind <paramref name="salt"/> and <paramref name="hash"/>; constant-time.</summary>
    public bool Matches(string normalizedCode, byte[] salt, byte[] hash) =>
        CryptographicOperations.FixedTimeEquals(Hash(normalizedCode, salt), hash);

    private byte[] Hash(string normalizedCode, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(normalizedCode), salt, _iterations, HashAlgorithmName.SHA256, HashSize);

    private static byte[] Tag(byte[] encryptionKey, string normalizedCode)
    {
        var tagKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, encryptionKey, 32, salt: [], info: TagKeyInfo);
        return HMACSHA256.HashData(tagKey, Encoding.UTF8.GetBytes(normalizedCode))[..TagSize];
    }
}
