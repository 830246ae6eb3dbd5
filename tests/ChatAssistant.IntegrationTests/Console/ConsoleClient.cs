using System.Net;
using System.Text.RegularExpressions;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>A browser without a browser: keeps the console's cookies, does not follow redirects, posts forms with their antiforgery token.</summary>
public sealed partial class ConsoleClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="proxy">The reverse proxy the requests pass through; none: the browser talks to the host itself.</param>
    public ConsoleClient(Uri baseUrl, ForwardingProxy? proxy = null)
    {
        Cookies = new CookieContainer();
        var handler = proxy?.Handler(Cookies) ?? new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = baseUrl };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    /// <summary>A GET of bytes <paramref name="from"/> to <paramref name="to"/>, as a video player asks.</summary>
    public async Task<(HttpStatusCode Status, byte[] Body)> GetRangeAsync(string url, long from, long to)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(from, to);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A request as written, for headers the other methods do not set (a raw <c>Range</c>, a HEAD).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>A GET as a page refreshing itself sends it (console.js's poll header).</summary>
    public async Task<HttpResponseMessage> PollAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Console-Poll", "1");
        return await _http.SendAsync(request);
    }

    /// <summary>The page's HTML; fails the test unless it answered 200.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        using var response = await _http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {Shorten(html)}");
        return html;
    }

    /// <summary>
    /// Opens <paramref name="formPage"/> to get a token (tokens are bound to the signed-in officer), then posts
    /// <paramref name="fields"/> to <paramref name="action"/> (the same page when null).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var token = AntiforgeryToken(await GetPageAsync(formPage));
        return await PostWithTokenAsync(action ?? formPage, fields, token);
    }

    /// <summary>Posts without any token (or with a stale one): what a forged cross-site form would send.</summary>
    public Task<HttpResponseMessage> PostWithTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }
        return _http.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token: " + Shorten(html));
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string Shorten(string html) => html.Length > 600 ? html[..600] + "…" : html;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => _http.Dispose();
}
