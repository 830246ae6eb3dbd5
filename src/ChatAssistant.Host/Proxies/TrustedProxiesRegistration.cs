using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.Proxies;

public static class TrustedProxiesRegistration
{
    /// <summary>The framework's own switch, which trusts every sender's forwarded headers.</summary>
    private const string TrustEverySender = "ForwardedHeaders_Enabled";

    /// <summary>Reads <c>ForwardedHeaders</c>; when a proxy is named, its forwarded address and scheme are believed.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxies>()
            .BindConfiguration(TrustedProxies.SectionName)
            .Validate(p => p.KnownProxies.All(a => IPAddress.TryParse(a, out _)),
                "ForwardedHeaders:KnownProxies must list IP addresses (e.g. 10.0.0.5).")
            .Validate(p => p.KnownNetworks.All(n => IPNetwork.TryParse(n, out _)),
                "ForwardedHeaders:KnownNetworks must list networks with their prefix length (e.g. 10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxies>>((forwarded, trusted) =>
        {
            if (!trusted.Value.Any)
            {
                return;
            }
            // X-Forwarded-Host is left out: the public pages' links and QR codes follow PublicPages:BaseUrl instead.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in trusted.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it (limits, cookies, the https check) sees the client's side.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<TrustedProxies>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }

    /// <summary>Whether anything tells the host what the client used: proxies named here, or the framework's switch.</summary>
    public static bool ForwardedHeadersConfigured(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<IOptions<TrustedProxies>>().Value.Any
            || string.Equals(services.GetRequiredService<IConfiguration>()[TrustEverySender], "true", StringComparison.OrdinalIgnoreCase);
    }
}
