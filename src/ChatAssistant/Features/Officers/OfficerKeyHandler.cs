using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>Authenticates <c>Authorization: Bearer &lt;key&gt;</c> as the bootstrap admin or an enabled officer.</summary>
/// <remarks>Failure messages reach the log, so they never contain the presented key.</remarks>
public sealed class OfficerKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    OfficerStore officers,
    IOptions<AdminOptions> admin)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var key = header[BearerPrefix.Length..].Trim();
        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer key is empty."));
        }
        var officer = IsBootstrapKey(key) ? Officer.Bootstrap : officers.FindByKey(key);
        if (officer is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The key is unknown or its officer is disabled."));
        }
        var ticket = new AuthenticationTicket(OfficerClaims.ToPrincipal(officer), Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    /// <summary>Compares hashes in fixed time, so response times do not reveal how much of the key was right.</summary>
    private bool IsBootstrapKey(string key) =>
        admin.Value.BootstrapApiKey is { Length: > 0 } bootstrap
        && CryptographicOperations.FixedTimeEquals(OfficerKeys.HashBytes(key), OfficerKeys.HashBytes(bootstrap));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
