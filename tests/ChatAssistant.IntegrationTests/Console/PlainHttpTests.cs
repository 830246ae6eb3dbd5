using System.Net;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>
/// Production reached over plain http with nothing in front to say otherwise: the console's cookies are Secure, so
/// it shows a page saying how to reach it over https rather than failing.
/// </summary>
public sealed class PlainHttpTests : ConsoleTest
{
    // Empty: the Production default (Secure), which the other console tests turn off to work over loopback http.
    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string> { ["Console:SecureCookies"] = "" };

    [Fact]
    public async Task The_sign_in_page_over_plain_http_says_in_Vietnamese_that_https_or_a_known_proxy_is_needed()
    {
        var client = NewClient();

        using var page = await client.GetAsync("/console/sign-in");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bảng điều khiển cán bộ chỉ mở qua HTTPS", html, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders__KnownProxies__0", html, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Proto", html, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_sign_in_posted_over_plain_http_gets_the_same_page_and_signs_nobody_in()
    {
        await CreateConsoleOfficerAsync("gui.qua.http", Features.Officers.OfficerRole.Officer, [OaA]);
        var client = NewClient();

        using var posted = await client.PostWithTokenAsync("/console/sign-in", [new("Username", "gui.qua.http"), new("Password", Password)], token: null);

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("HTTPS", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'console.sign-in'"));
    }

    [Fact]
    public async Task A_sender_that_is_no_known_proxy_cannot_pass_plain_http_off_as_https()
    {
        var client = NewClient(new ForwardingProxy("203.0.113.9", Https: true));

        using var page = await client.GetAsync("/console/sign-in");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task The_office_display_and_the_console_assets_need_no_cookie_and_stay_reachable()
    {
        var client = NewClient();

        using var display = await client.GetAsync($"/console/display?oa={OaA}");
        using var css = await client.GetAsync(Host.OfficerConsole.Assets.ConsoleAssets.Url("console.css"));

        Assert.Equal(HttpStatusCode.OK, display.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public void Starting_on_plain_http_with_no_forwarded_headers_is_warned_about_in_the_log()
    {
        var warning = Assert.Single(Log.Lines, l => l.Contains("plain http", StringComparison.Ordinal));

        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders:KnownProxies", warning, StringComparison.Ordinal);
    }
}
