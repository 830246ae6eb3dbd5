using System.Net;
using System.Text;

namespace ChatAssistant.Zalo.Tests.Api;

/// <summary>Answers every request with one canned response: for HTTP statuses and bodies the fake Zalo API never produces.</summary>
internal sealed class StubHttpHandler(HttpStatusCode status, string body, string contentType = "application/json") : HttpMessageHandler
{
    public int Calls { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
            RequestMessage = request,
        });
    }
}
