using System.Net;
using System.Net.Http.Headers;

namespace ChatAssistant.IntegrationTests.Metrics;

/// <summary>Metrics enabled for another network than the test's loopback: the token alone does not let a scrape in.</summary>
public sealed class MetricsNetworkTests : ZaloHostTest
{
    private const string Token = "metrics-token-for-the-tests-0123456789";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Metrics:Enabled"] = "true",
        ["Metrics:Token"] = Token,
        ["Metrics:AllowedNetworks:0"] = "10.9.9.0/24",
    };

    [Fact]
    public async Task AScrapeFromAnAddressOutsideTheAllowedNetworksIsRefusedEvenWithTheToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await Service.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
