using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs;

/// <summary>AES-256-GCM for report fields at rest: a fresh nonce per value, and the row and field bound in as associated data.</summary>
/// <remarks>
/// Layout: key id (1 byte) | nonce (12) | tag (16) | ciphertext. The key id is the first byte of the
/// key's SHA-256, so rotation can tell keys apart without numbering them in configuration; two keys
/// sharing an id (1 in 256) are both tried, and GCM's tag tells which is right. The associated data
/// (e.g. <c>tipoff:42:text</c>) means a ciphertext copied into another row or column no longer opens.
/// </remarks>
public sealed class TipOffCipher
{
    public const int NonceSize = 12;
    public const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    private readonly byte[] _currentKey;
    private readonly byte _currentId;
    private readonly IReadOnlyList<(byte Id, byte[] Key)> _keys;

    public TipOffCipher(IOptions<TipOffOptions> options)
    {
        var value = options.Value;
        _currentKey = ParseKey(value.EncryptionKey, "TipOffs:EncryptionKey");
        _currentId = KeyId(_currentKey);
        _keys = [(_currentId, _currentKey), .. value.PreviousEncryptionKeys
            .Select((k, i) => ParseKey(k, $"TipOffs:PreviousEncryptionKeys:{i}"))
            .Select(k => (KeyId(k), k))];
    }

    /// <summary>Every key, current first: receipt lookup tags are derived from each, so codes still resolve after rotation.</summary>
    internal IEnumerable<byte[]> Keys => _keys.Select(k => k.Key);

    internal byte[] CurrentKey => _currentKey;

    /// <summary>True when the current key sealed <paramref name="sealedValue"/>, so rotation can leave it as it is.</summary>
    /// <remarks>Judged by the key id alone; when an older key shares the current id, every value counts as old, so rotation rewrites too much rather than too little.</remarks>
    internal bool IsCurrent(ReadOnlySpan<byte> sealedValue) =>
        sealedValue.Length > 0 && sealedValue[0] == _currentId && !_keys.Skip(1).Any(k => k.Id == _currentId);

    /// <summary>The first byte of every value sealed now: rekeying looks for values that start with any other.</summary>
    internal byte CurrentKeyId => _currentId;

    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, string context)
    {
        var sealedValue = new byte[HeaderSize + plaintext.Length];
        sealedValue[0] = _currentId;
        var nonce = sealedValue.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_currentKey, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(HeaderSize), sealedValue.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(context));
        return sealedValue;
    }

    public byte[] Encrypt(string plaintext, string context) => Encrypt(Encoding.UTF8.GetBytes(plaintext), context);

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the value was altered, moved, or sealed with an unknown key.</summary>
    public byte[] Decrypt(ReadOnlySpan<byte> sealedValue, string context)
    {
        if (sealedValue.Length < HeaderSize)
        {
            throw new CryptographicException("The sealed value is too short.");
        }
        var associated = Encoding.UTF8.GetBytes(context);
        var plaintext = new byte[sealedValue.Length - HeaderSize];
        foreach (var (id, key) in _keys)
        {
            if (id != sealedValue[0])
            {
                continue;
            }
            using var aes = new AesGcm(key, TagSize);
            try
            {
                aes.Decrypt(sealedValue.Slice(1, NonceSize), sealedValue[HeaderSize..], sealedValue.Slice(1 + NonceSize, TagSize), plaintext, associated);
                return plaintext;
            }
            catch (AuthenticationTagMismatchException)
            {
                // Another key may share this id; try it before giving up.
            }
        }
        throw new CryptographicException("The sealed value does not open with any configured TipOffs key.");
    }

    public string DecryptString(ReadOnlySpan<byte> sealedValue, string context) => Encoding.UTF8.GetString(Decrypt(sealedValue, context));

    private static byte[] ParseKey(string? base64, string key) =>
        TipOffOptionsValidator.IsKey(base64)
            ? Convert.FromBase64String(base64!.Trim())
            : throw new InvalidOperationException($"{key} must be base64 of exactly 32 bytes.");

    private static byte KeyId(byte[] key) => SHA256.HashData(key)[0];
}
