using System.Net;
using System.Net.Http.Headers;

namespace ChatAssistant.IntegrationTests.Metrics;

/// <summary>A real webhook answered through the host moves the counters a Prometheus scrape of <c>/metrics</c> reads.</summary>
[Collection(MetricsScrapesRunAlone.Name)]
public sealed class MetricsEndpointTests : ZaloHostTest
{
    private const string Token = "metrics-token-for-the-tests-0123456789";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Metrics:Enabled"] = "true",
        ["Metrics:Token"] = Token,
    };

    [Fact]
    public async Task AWebhookAnsweredAtZaloMovesTheCountersTheScrapeReads()
    {
        var before = await PrometheusScrape.GetAsync(Service, Token);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-metrics", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        var after = await ScrapeUntilAsync(s => s.Value("chatassistant_outbox_deliveries_total", "outcome=\"sent\"") > before.Value("chatassistant_outbox_deliveries_total", "outcome=\"sent\""));

        Assert.Equal(1, Moved(before, after, "chatassistant_webhook_requests_total", "outcome=\"accepted\""));
        Assert.Equal(1, Moved(before, after, "chatassistant_outbox_deliveries_total", "outcome=\"sent\""));
        Assert.Equal(1, Moved(before, after, "chatassistant_turn_duration_seconds_count"));
        Assert.Equal(1, Moved(before, after, "chatassistant_inbox_lag_seconds_count"));
        Assert.True(after.Has("chatassistant_outbox_backlog"), after.Text);
        Assert.True(after.Has("chatassistant_outbox_oldest_age_seconds"), after.Text);
    }

    [Fact]
    public async Task ZaloErrorCodesAndRefusedWebhooksAreCounted()
    {
        var before = await PrometheusScrape.GetAsync(Service, Token);
        Zalo.FailNextSends(-32, count: 1);

        using (var unsigned = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-unsigned", "xin chào"), sign: false))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-too-fast", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        var after = await ScrapeUntilAsync(s => s.Value("chatassistant_outbox_deliveries_total", "outcome=\"sent\"") > before.Value("chatassistant_outbox_deliveries_total", "outcome=\"sent\""));

        Assert.Equal(1, Moved(before, after, "chatassistant_webhook_requests_total", "outcome=\"unauthorized\""));
        Assert.Equal(1, Moved(before, after, "chatassistant_zalo_send_errors_total", "code=\"-32\""));
        Assert.Equal(1, Moved(before, after, "chatassistant_outbox_deliveries_total", "outcome=\"retry_later\""));
    }

    [Fact]
    public async Task AScrapeWithoutTheTokenOrWithAWrongOneIsRefused()
    {
        using var bare = await Service.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        using var refused = await Service.Http.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
        Assert.Equal("Bearer", bare.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain("chatassistant_", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScrapeForwardedByAProxyNotNamedIsNotTakenForALocalOne()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await Service.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static double Moved(PrometheusScrape before, PrometheusScrape after, string name, string? labels = null) =>
        after.Value(name, labels) - before.Value(name, labels);

    /// <summary>Scrapes until <paramref name="condition"/> holds: the exporter may answer from its cache for a moment.</summary>
    private async Task<PrometheusScrape> ScrapeUntilAsync(Func<PrometheusScrape, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var scrape = await PrometheusScrape.GetAsync(Service, Token);
            if (condition(scrape))
            {
                return scrape;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The scrape never showed the change; last:{Environment.NewLine}{scrape.Text}");
            }
            await Task.Delay(100);
        }
    }
}
