using System.Net;

namespace ChatAssistant.IntegrationTests.Metrics;

/// <summary>By default metrics are off: no endpoint serves them.</summary>
public sealed class MetricsDisabledTests : ZaloHostTest
{
    [Fact]
    public async Task NoMetricsEndpointIsMappedUnlessEnabled()
    {
        using var response = await Service.Http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
