using System.Net;
using System.Security.Cryptography;
using ChatAssistant.Features.Officers;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace ChatAssistant.Host.Metrics;

/// <summary>
/// Lets a scrape through only from an allowed network (loopback when none is named) and, when a token is set, with
/// that token: 403 for an address not allowed, 401 for a missing or wrong token.
/// </summary>
/// <remarks>
/// A request that still carries <c>X-Forwarded-For</c> came through a proxy the service was not told about (or claims
/// to): behind such a proxy every client looks like loopback, so it is not counted as local. A proxy named in
/// <c>ForwardedHeaders</c> has its header consumed first, and the client's own address is judged.
/// </remarks>
public sealed class MetricsAccess(IOptions<MetricsOptions> options)
{
    private static readonly IPNetwork[] Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    private readonly IPNetwork[] _allowed = options.Value.AllowedNetworks.Count == 0
        ? Loopback
        : [.. options.Value.AllowedNetworks.Select(n => IPNetwork.Parse(n))];

    private readonly byte[]? _tokenHash = options.Value.Token is { Length: > 0 } token ? OfficerKeys.HashBytes(token) : null;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!AddressAllowed(context))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Metrics are not served to this address (Metrics:AllowedNetworks).");
            return;
        }
        if (_tokenHash is not null && !TokenMatches(context.Request.Headers.Authorization.ToString()))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "Metrics need Authorization: Bearer with Metrics:Token.");
            return;
        }
        await next(context);
    }

    private bool AddressAllowed(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return _allowed.Any(n => n.Contains(address));
    }

    // Hashes compared in constant time: neither the token's length nor its first differing byte shows in the timing.
    private bool TokenMatches(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && CryptographicOperations.FixedTimeEquals(OfficerKeys.HashBytes(authorization["Bearer ".Length..].Trim()), _tokenHash);

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
