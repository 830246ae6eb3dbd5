using System.Net;
using System.Text.Json;

namespace ChatAssistant.IntegrationTests.Health;

/// <summary>One answer of <c>/healthz</c>: its status code and body, read the way a monitor reads them.</summary>
internal sealed record HealthAnswer(HttpStatusCode Code, string Status, IReadOnlyDictionary<string, (string Status, string? Reason)> Checks, string Body)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<HealthAnswer> GetAsync(ServiceUnderTest service)
    {
        using var response = await service.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.TryGetProperty("reason", out var reason) ? reason.GetString() : null));
        return new HealthAnswer(response.StatusCode, json.RootElement.GetProperty("status").GetString()!, checks, body);
    }

    /// <summary>Asks until the answer satisfies <paramref name="condition"/>; the last answer otherwise fails the test.</summary>
    public static async Task<HealthAnswer> WaitForAsync(ServiceUnderTest service, Func<HealthAnswer, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var answer = await GetAsync(service);
            if (condition(answer))
            {
                return answer;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"/healthz never answered as expected; last: {(int)answer.Code} {answer.Body}");
            }
            await Task.Delay(50);
        }
    }
}
