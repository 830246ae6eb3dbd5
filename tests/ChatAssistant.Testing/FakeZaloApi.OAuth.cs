using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Testing;

public sealed partial class FakeZaloApi
{
    // Codes and words in the shape integrators report (error + error_name/error_reason/error_description);
    // the numbers are illustrative: the client under test must key on the fields, not on these values.
    private const int InvalidAppError = -14001;
    private const int InvalidSecretError = -14002;
    private const int InvalidGrantError = -14003;
    private const int InvalidRefreshTokenError = -14014;

    private async Task HandleAccessTokenAsync(HttpContext context)
    {
        await DelayAsync(context);
        Interlocked.Increment(ref _refreshCount);
        lock (_gate)
        {
            if (_nextRefreshFailures > 0)
            {
                _nextRefreshFailures--;
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
        }

        if (!context.Request.HasFormContentType)
        {
            await WriteJsonAsync(context, OAuthError(InvalidGrantError, "Invalid parameter", "The body must be form-urlencoded"));
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var secret = context.Request.Headers["secret_key"].FirstOrDefault();
        var refreshToken = form["refresh_token"].FirstOrDefault();
        var answer = form["app_id"].FirstOrDefault() != AppId ? OAuthError(InvalidAppError, "Invalid app id", "The app_id does not exist")
            : secret != AppSecret ? OAuthError(InvalidSecretError, "Invalid secret key", "The secret_key header does not match the app")
            : form["grant_type"].FirstOrDefault() != "refresh_token" ? OAuthError(InvalidGrantError, "Invalid grant type", "Only refresh_token is supported by the fake")
            : Rotate(refreshToken);
        await WriteJsonAsync(context, answer);
    }

    /// <summary>Spends the refresh token and issues a new pair; a spent or unknown token is refused, like Zalo's single-use tokens.</summary>
    private JsonObject Rotate(string? refreshToken)
    {
        string accessToken;
        string nextRefreshToken;
        lock (_gate)
        {
            if (refreshToken is null || !_refreshTokens.Remove(refreshToken))
            {
                return OAuthError(InvalidRefreshTokenError, "Invalid refresh token", "The refresh token is invalid, expired or already used");
            }

            var serial = (++_lastIssuedId).ToString(CultureInfo.InvariantCulture);
            accessToken = $"fake-access-{serial}";
            nextRefreshToken = $"fake-refresh-{serial}";
            _accessTokens.Add(accessToken);
            _refreshTokens.Add(nextRefreshToken);
        }

        return new JsonObject
        {
            ["access_token"] = accessToken,
            ["refresh_token"] = nextRefreshToken,
            ["expires_in"] = ExpiresInAsNumber
                ? JsonValue.Create(ExpiresInSeconds)
                : JsonValue.Create(ExpiresInSeconds.ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static JsonObject OAuthError(int code, string name, string reason) => new()
    {
        ["error"] = code,
        ["error_name"] = name,
        ["error_reason"] = reason,
        ["error_description"] = reason,
        ["ref_doc"] = "https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new",
    };
}
