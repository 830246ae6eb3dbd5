using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ChatAssistant.Features.Officers;

/// <summary>API keys: random, shown once, stored as a SHA-256 hash.</summary>
/// <remarks>
/// A plain hash (no salt, no slow KDF) is enough because keys are 256 random bits, not passwords: nothing
/// can be guessed from the hash, and looking a key up by its hash keeps the check free of timing leaks.
/// </remarks>
public static class OfficerKeys
{
    public const int RandomBytes = 32;
    public const int PrefixLength = 8;

    /// <summary>A new key: 32 random bytes, base64url, safe in a header without escaping.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes, as stored in <c>officers.key_hash</c>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(HashBytes(key));

    public static byte[] HashBytes(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The first characters, so admins can tell keys apart in a list without seeing them.</summary>
    public static string PrefixOf(string key) => key[..Math.Min(PrefixLength, key.Length)];
}
