using System.Net;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>Production behind a reverse proxy that ends https, named in <c>ForwardedHeaders:KnownProxies</c>: the console works.</summary>
public sealed class BehindProxyTests : ConsoleTest
{
    private static readonly ForwardingProxy Proxy = new("203.0.113.20", Https: true);

    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Console:SecureCookies"] = "",
        // The proxy runs on the same machine: the test's requests come from loopback.
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
    };

    [Fact]
    public async Task An_officer_signs_in_through_a_known_proxy_that_forwards_https()
    {
        await CreateConsoleOfficerAsync("sau.proxy", OfficerRole.Officer, [OaA], name: "Cán bộ Sau Proxy");
        var client = NewClient(Proxy);

        using var form = await client.GetAsync("/console/sign-in");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("max-age", form.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var signedIn = await SignedInAsync("sau.proxy", proxy: Proxy);

        Assert.Contains("Cán bộ Sau Proxy", await signedIn.GetPageAsync("/console"), StringComparison.Ordinal);
        var session = Assert.Single(signedIn.Cookies.GetCookies(new Uri("https://127.0.0.1/console")), c => c.Name == "ca_console");
        Assert.True(session.Secure);
    }

    [Fact]
    public void No_plain_http_warning_when_a_proxy_is_named()
    {
        Assert.DoesNotContain(Log.Lines, l => l.Contains("plain http", StringComparison.Ordinal));
    }
}
