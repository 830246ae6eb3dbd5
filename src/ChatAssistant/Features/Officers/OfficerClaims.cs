using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ChatAssistant.Features.Officers;

/// <summary>Carries an <see cref="Officer"/> in a claims principal and gets it back in endpoints.</summary>
public static class OfficerClaims
{
    /// <param name="scheme">The scheme that authenticated the officer: the API key's, or the console's.</param>
    public static ClaimsPrincipal ToPrincipal(Officer officer, string scheme = OfficerAuthentication.Scheme, IEnumerable<Claim>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(officer);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, officer.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, officer.Name),
            new(ClaimTypes.Role, officer.Role.ToName()),
            .. officer.OaIds.Select(oaId => new Claim(OfficerAuthentication.OaIdClaim, oaId)),
            .. extra ?? [],
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The officer behind the request, or null when it was not authenticated with an officer key or a console session.</summary>
    public static Officer? FindOfficer(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = user.Identities.FirstOrDefault(i => i.IsAuthenticated
            && i.AuthenticationType is OfficerAuthentication.Scheme or OfficerAuthentication.ConsoleScheme);
        if (identity is null
            || !long.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !OfficerRoleNames.TryParse(identity.FindFirst(ClaimTypes.Role)?.Value, out var role))
        {
            return null;
        }
        var name = identity.FindFirst(ClaimTypes.Name)?.Value ?? "";
        return new Officer(id, name, role, [.. identity.FindAll(OfficerAuthentication.OaIdClaim).Select(c => c.Value)]);
    }

    /// <summary>The officer behind the request; only for endpoints that require an officer policy.</summary>
    public static Officer GetOfficer(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindOfficer()
            ?? throw new InvalidOperationException("The request has no officer: the endpoint must require an officer policy.");
    }
}
