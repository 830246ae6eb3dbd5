using System.Net;
using System.Text.Json;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Api;

/// <summary>
/// Refreshes OA access tokens through OAuth v4 (<c>POST /v4/oa/access_token</c>, zalo-platform.md section 3).
/// It does not serialise refreshes: the caller must hold one refresh at a time per OA, because the refresh token is single use.
/// </summary>
public sealed class ZaloOAuthClient(HttpClient http, IOptions<ZaloOptions> options, TimeProvider clock)
{
    public const string AccessTokenPath = "v4/oa/access_token";

    /// <summary>Zalo documents 90,000 s (25 h); used only when an answer carries tokens but no readable <c>expires_in</c>.</summary>
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromHours(1);

    /// <summary>A year; anything longer is garbage, not a lifetime.</summary>
    private const long MaxLifetimeSeconds = 366L * 24 * 3600;

    public async Task<TokenRefreshResult> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);

        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.AppId) || string.IsNullOrEmpty(settings.AppSecret))
        {
            return TokenRefreshResult.Rejected("Zalo:AppId and Zalo:AppSecret must be configured to refresh tokens.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloUrls.Combine(settings.OAuthBaseUrl, AccessTokenPath));
        request.Headers.TryAddWithoutValidation("secret_key", settings.AppSecret);
        request.Content = new FormUrlEncodedContent(
        [
            new("refresh_token", refreshToken),
            new("app_id", settings.AppId),
            new("grant_type", "refresh_token"),
        ]);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
            {
                return TokenRefreshResult.Transient($"HTTP {status} {response.ReasonPhrase}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return Interpret(body, status);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return TokenRefreshResult.Transient($"No answer from Zalo OAuth within {settings.RequestTimeout}.");
        }
        catch (HttpRequestException e)
        {
            return TokenRefreshResult.Transient($"HTTP request failed: {e.Message}");
        }
        catch (IOException e)
        {
            return TokenRefreshResult.Transient($"Connection broke while reading the answer: {e.Message}");
        }
    }

    private TokenRefreshResult Interpret(byte[] body, int status)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // Not an OAuth answer at all (a proxy page): nothing says the token was refused, so try again later.
            return TokenRefreshResult.Transient($"HTTP {status} with a body that is not JSON ({body.Length} bytes).");
        }

        using (document)
        {
            var root = document.RootElement;
            var accessToken = JsonFields.GetString(root, "access_token");
            var newRefreshToken = JsonFields.GetString(root, "refresh_token");
            if (!string.IsNullOrEmpty(accessToken) && !string.IsNullOrEmpty(newRefreshToken))
            {
                // The old refresh token is spent once Zalo issued new ones, so tokens are never thrown away
                // over an odd expires_in; a short fallback lifetime makes the caller refresh again soon.
                var lifetime = JsonFields.GetInt64(root, "expires_in") is long seconds and > 0 and <= MaxLifetimeSeconds
                    ? TimeSpan.FromSeconds(seconds)
                    : FallbackLifetime;
                return TokenRefreshResult.Success(new TokenGrant(accessToken, newRefreshToken, clock.GetUtcNow() + lifetime));
            }

            if (Describe(root) is { } error)
            {
                // Zalo reports a refused grant (used or expired refresh token, wrong app id or secret) with HTTP 200
                // and error fields. Retrying the same refused grant cannot succeed, so it is permanent.
                return TokenRefreshResult.Rejected(error);
            }

            // A body without tokens nor error fields: retrying will either work or produce a definite refusal.
            return TokenRefreshResult.Transient($"HTTP {status} answer carried neither tokens nor an error.");
        }
    }

    /// <summary>Joins the error fields that are present; variants seen: <c>error</c>+<c>message</c>, or
    /// <c>error_name</c>/<c>error_reason</c>/<c>error_description</c> with or without <c>error</c>.</summary>
    private static string? Describe(JsonElement root)
    {
        var code = JsonFields.GetString(root, "error");
        string?[] texts =
        [
            JsonFields.GetString(root, "error_name"),
            JsonFields.GetString(root, "error_reason"),
            JsonFields.GetString(root, "error_description"),
            JsonFields.GetString(root, "message"),
        ];
        var words = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        if ((code is null || code == "0") && words.Count == 0)
        {
            return null;
        }

        var description = words.Count > 0 ? string.Join(": ", words) : "no description";
        return code is null ? description : $"error {code}: {description}";
    }
}
