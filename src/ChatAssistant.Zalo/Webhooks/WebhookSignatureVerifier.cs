using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Webhooks;

/// <summary>
/// Checks <c>X-ZEvent-Signature</c>: hex SHA-256 (plain, not HMAC) of
/// <c>appId + raw body + timestamp + secret</c>.
/// </summary>
/// <remarks>
/// Sources disagree on the app id and the secret (docs/zalo-platform.md, "unsettled"), so besides
/// the documented pair an operator may switch on the reported variants; each is tried only when
/// enabled and the result names the one that matched.
/// </remarks>
public sealed class WebhookSignatureVerifier
{
    private const int HashLength = 32;
    private const int StackEncodingLimit = 256;

    private static readonly SignatureCheck Invalid = new(false, null);
    private static readonly SignatureCheck Documented = new(true, "documented");
    private static readonly SignatureCheck OaId = new(true, "oa-id");
    private static readonly SignatureCheck AppSecret = new(true, "app-secret");
    private static readonly SignatureCheck OaIdAndAppSecret = new(true, "oa-id+app-secret");

    private readonly ZaloOptions _options;

    public WebhookSignatureVerifier(IOptions<ZaloOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    public SignatureCheck Verify(string? headerValue, ReadOnlySpan<byte> body, WebhookEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);

        Span<byte> received = stackalloc byte[HashLength];
        var timestamp = envelope.Timestamp;
        if (!TryDecodeHeader(headerValue, received) || string.IsNullOrEmpty(timestamp))
        {
            return Invalid;
        }

        // A deployment serving one app may leave AppId unset and trust the body's app_id, which is
        // safe because the secret, not the app id, is what an attacker cannot know.
        var appId = string.IsNullOrEmpty(_options.AppId) ? envelope.AppId : _options.AppId;
        var variants = _options.SignatureVariants;

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Matches(hash, received, appId, body, timestamp, _options.WebhookSecretKey))
        {
            return Documented;
        }

        if (variants.AllowOaIdAsAppId && Matches(hash, received, envelope.OaId, body, timestamp, _options.WebhookSecretKey))
        {
            return OaId;
        }

        if (variants.AllowAppSecret && Matches(hash, received, appId, body, timestamp, _options.AppSecret))
        {
            return AppSecret;
        }

        if (variants.AllowOaIdAsAppId && variants.AllowAppSecret
            && Matches(hash, received, envelope.OaId, body, timestamp, _options.AppSecret))
        {
            return OaIdAndAppSecret;
        }

        return Invalid;
    }

    /// <summary>The lowercase hex signature Zalo sends for this body; also used by tests and tools.</summary>
    public static string Compute(string appId, ReadOnlySpan<byte> body, string timestamp, string secret)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(secret);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> digest = stackalloc byte[HashLength];
        ComputeInto(hash, appId, body, timestamp, secret, digest);
        return Convert.ToHexStringLower(digest);
    }

    private static bool Matches(
        IncrementalHash hash, ReadOnlySpan<byte> received, string? appId, ReadOnlySpan<byte> body, string timestamp, string? secret)
    {
        // An empty secret would let anyone forge events, so a candidate without one never matches.
        if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(secret))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HashLength];
        ComputeInto(hash, appId, body, timestamp, secret, expected);
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }

    /// <summary>Hashes the raw body bytes as received: re-serialising would change them.</summary>
    private static void ComputeInto(
        IncrementalHash hash, string appId, ReadOnlySpan<byte> body, string timestamp, string secret, Span<byte> destination)
    {
        AppendUtf8(hash, appId);
        hash.AppendData(body);
        AppendUtf8(hash, timestamp);
        AppendUtf8(hash, secret);
        hash.GetHashAndReset(destination);
    }

    private static void AppendUtf8(IncrementalHash hash, string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackEncodingLimit
            ? stackalloc byte[StackEncodingLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            hash.AppendData(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                // The buffer held a secret.
                CryptographicOperations.ZeroMemory(rented);
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Accepts <c>mac=</c> or not, surrounding spaces, and hex in either case.</summary>
    private static bool TryDecodeHeader(string? headerValue, Span<byte> destination)
    {
        if (headerValue is null)
        {
            return false;
        }

        var value = headerValue.AsSpan().Trim();
        if (value.StartsWith("mac=", StringComparison.OrdinalIgnoreCase))
        {
            value = value["mac=".Length..].Trim();
        }

        if (value.Length != HashLength * 2)
        {
            return false;
        }

        var status = Convert.FromHexString(value, destination, out _, out var written);
        return status == OperationStatus.Done && written == HashLength;
    }
}
