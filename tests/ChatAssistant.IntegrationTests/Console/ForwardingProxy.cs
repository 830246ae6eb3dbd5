using System.Net;

namespace ChatAssistant.IntegrationTests.Console;

/// <summary>
/// A reverse proxy in front of the host, as nginx would be: it passes the browser's address in <c>X-Forwarded-For</c>
/// and, when it ends https itself, says so in <c>X-Forwarded-Proto</c>. The browser keeps its cookies for the https
/// address it sees, so Secure cookies come back as they would.
/// </summary>
public sealed record ForwardingProxy(string ClientAddress, bool Https = false)
{
    internal HttpMessageHandler Handler(CookieContainer cookies) =>
        new Forwarding(this, cookies) { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } };

    private sealed class Forwarding(ForwardingProxy proxy, CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var seen = new UriBuilder(request.RequestUri!) { Scheme = proxy.Https ? "https" : "http" }.Uri;
            request.Headers.Add("X-Forwarded-For", proxy.ClientAddress);
            if (proxy.Https)
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
            }
            if (cookies.GetCookieHeader(seen) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(seen, cookie);
                }
            }
            return response;
        }
    }
}
