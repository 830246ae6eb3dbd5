using System.Security.Cryptography;
using ChatAssistant.Features.TipOffs;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.TipOffs;

/// <summary>Options with fresh random keys and a low PBKDF2 count, so the suite stays fast.</summary>
internal static class TipOffKeys
{
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// A fresh key whose id (the first byte of its SHA-256) differs from <paramref name="other"/>'s. Two random keys share
    /// an id once in 256: the cipher copes (it tries both), but a test counting old and new values apart would not.
    /// </summary>
    public static string NewKeyUnlike(string other)
    {
        var otherId = SHA256.HashData(Convert.FromBase64String(other))[0];
        while (true)
        {
            var key = NewKey();
            if (SHA256.HashData(Convert.FromBase64String(key))[0] != otherId)
            {
                return key;
            }
        }
    }

    public static IOptions<TipOffOptions> Options(string? key = null, params string[] previous)
    {
        var options = new TipOffOptions { EncryptionKey = key ?? NewKey(), ReceiptHashIterations = 10 };
        foreach (var old in previous)
        {
            options.PreviousEncryptionKeys.Add(old);
        }
        return Microsoft.Extensions.Options.Options.Create(options);
    }
}
