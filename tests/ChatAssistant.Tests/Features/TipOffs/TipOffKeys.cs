using System.Security.Cryptography;
using ChatAssistant.Features.TipOffs;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.TipOffs;

/// <summary>Options with fresh random keys and a low PBKDF2 count, so the suite stays fast.</summary>
internal static class TipOffKeys
{
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

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
