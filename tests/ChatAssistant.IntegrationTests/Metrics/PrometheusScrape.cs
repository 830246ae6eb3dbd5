using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace ChatAssistant.IntegrationTests.Metrics;

/// <summary>One scrape of <c>/metrics</c> in Prometheus' text format, read sample by sample.</summary>
internal sealed partial class PrometheusScrape(string text)
{
    public string Text { get; } = text;

    public static async Task<PrometheusScrape> GetAsync(ServiceUnderTest service, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await service.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The value of the sample with this name whose labels include <paramref name="labels"/> (<c>outcome="sent"</c>); 0 when absent.</summary>
    public double Value(string name, string? labels = null)
    {
        foreach (Match sample in SampleLine().Matches(Text))
        {
            if (sample.Groups["name"].Value == name && (labels is null || sample.Groups["labels"].Value.Contains(labels, StringComparison.Ordinal)))
            {
                return double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }

    public bool Has(string name) => SampleLine().Matches(Text).Any(m => m.Groups["name"].Value == name);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
