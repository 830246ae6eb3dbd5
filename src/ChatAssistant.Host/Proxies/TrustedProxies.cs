namespace ChatAssistant.Host.Proxies;

/// <summary>
/// The <c>ForwardedHeaders</c> section: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// the host believes, so it sees the client's address (sign-in limits) and that the browser used https (Secure cookies).
/// </summary>
/// <remarks>
/// Named one by one rather than trusting every sender (what <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> does): a
/// host whose port is reachable past the proxy would otherwise let anyone claim any address and scheme.
/// </remarks>
public sealed class TrustedProxies
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the proxies (<c>10.0.0.5</c>, <c>127.0.0.1</c> for one on the same machine).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in (<c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
