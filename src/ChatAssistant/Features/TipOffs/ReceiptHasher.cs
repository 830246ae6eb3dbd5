using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Features.TipOffs.Keys;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs;

/// <summary>Turns receipt codes into what is stored, and checks a quoted code against it.</summary>
/// <remarks>
/// PBKDF2 alone would make a lookup hash every row. So each row also keeps a short tag, HMAC-SHA256 of
/// the code under the service's own receipt tag key (<see cref="ReceiptTagKey"/>), truncated to 8 bytes:
/// it finds the candidate rows through an index, reveals nothing without the key, and the slow salted
/// hash then proves the code. The tag key is not the encryption key, so tags survive key rotation.
/// </remarks>
public sealed class ReceiptHasher(ReceiptTagKey tagKey, IOptions<TipOffOptions> options)
{
    public const int TagSize = 8;
    public const int SaltSize = 16;
    public const int HashSize = 32;

    private readonly int _iterations = options.Value.ReceiptHashIterations;

    /// <summary>The stored form of a normalized code; slow on purpose (PBKDF2).</summary>
    public StoredReceipt Protect(string normalizedCode)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        return new StoredReceipt(Tag(normalizedCode), salt, Hash(normalizedCode, salt));
    }

    /// <summary>The tags a code may be stored under: one, since the tag key does not change when the encryption key does.</summary>
    public IReadOnlyList<byte[]> CandidateTags(string normalizedCode) => [Tag(normalizedCode)];

    /// <summary>True when <paramref name="normalizedCode"/> is the code behind <paramref name="salt"/> and <paramref name="hash"/>; constant-time.</summary>
    public bool Matches(string normalizedCode, byte[] salt, byte[] hash) =>
        CryptographicOperations.FixedTimeEquals(Hash(normalizedCode, salt), hash);

    private byte[] Hash(string normalizedCode, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(normalizedCode), salt, _iterations, HashAlgorithmName.SHA256, HashSize);

    private byte[] Tag(string normalizedCode) =>
        HMACSHA256.HashData(tagKey.Get(), Encoding.UTF8.GetBytes(normalizedCode))[..TagSize];
}
