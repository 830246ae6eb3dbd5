using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The client a sign-in attempt is counted against: its address, or its /64 network for IPv6.</summary>
/// <remarks>
/// Behind a reverse proxy this is the address the proxy forwards, once the proxy is named in
/// <c>ForwardedHeaders:KnownProxies</c>. A home or mobile IPv6 line is given a whole /64, so counting single IPv6
/// addresses would let one machine pick a fresh one for every guess.
/// </remarks>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return new IPAddress(network) + "/64";
    }
}
