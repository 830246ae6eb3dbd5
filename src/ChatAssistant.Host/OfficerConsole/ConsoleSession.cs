using System.Globalization;
using System.Security.Claims;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>What a console session cookie carries, and the check that runs on it at every request.</summary>
/// <remarks>
/// The cookie holds the officer's id, the session stamp and the time of sign-in; role and accounts are read from
/// the database at every request, so disabling an officer or taking an account away works at their next click,
/// and a password reset (a new stamp) ends every session they had.
/// </remarks>
public static class ConsoleSession
{
    public const string StampClaim = "session_stamp";
    public const string SignedInAtClaim = "signed_in_at";
    public const string MustChangePasswordClaim = "must_change_password";

    public static ClaimsPrincipal Principal(OfficerSession session, DateTimeOffset signedInAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        List<Claim> extra =
        [
            new(StampClaim, session.Stamp),
            new(SignedInAtClaim, signedInAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        ];
        if (session.MustChangePassword)
        {
            extra.Add(new Claim(MustChangePasswordClaim, "1"));
        }
        return OfficerClaims.ToPrincipal(session.Officer, OfficerAuthentication.ConsoleScheme, extra);
    }

    /// <summary>When the session began (the cookie handler has checked the claim before any page runs).</summary>
    public static DateTimeOffset SignedInAt(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return long.TryParse(user.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw new InvalidOperationException("The console session has no sign-in time.");
    }

    /// <summary>The header console.js sends when a page refreshes part of itself.</summary>
    public const string PollHeader = "X-Console-Poll";

    /// <summary>A request a page made on its own, or the TV display: neither shows the officer is still there.</summary>
    public static bool IsPoll(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey(PollHeader)
            || request.Path.StartsWithSegments("/" + ConsoleRoutes.Prefix + "/display", StringComparison.Ordinal);
    }

    public static bool MustChangePassword(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(c => c.Type == MustChangePasswordClaim);
    }

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>: ends stale sessions, refreshes the officer from the database.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var maxLength = services.GetRequiredService<IOptions<SignInOptions>>().Value.MaxSessionLength;
        if (principal is null
            || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(principal.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var signedInMs)
            || now - DateTimeOffset.FromUnixTimeMilliseconds(signedInMs) > maxLength
            || services.GetRequiredService<OfficerSessions>().Find(id) is not { } session
            || session.Stamp != principal.FindFirstValue(StampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(OfficerAuthentication.ConsoleScheme);
            return;
        }
        context.ReplacePrincipal(Principal(session, DateTimeOffset.FromUnixTimeMilliseconds(signedInMs)));
    }
}
