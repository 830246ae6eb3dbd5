using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Development;

/// <summary>With no Zalo account configured: one development account, the sink, and the chat simulator.</summary>
public sealed class DevelopmentModeTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServiceUnderTest _service = null!;

    public async Task InitializeAsync() =>
        _service = await ServiceUnderTest.StartInDevelopmentAsync(_folder.File("dev.db"));

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task SimulatorPageIsServed()
    {
        var response = await _service.Http.GetAsync(new Uri("/dev/chat", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/dev/chat/send", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowInTheSimulatorIsWelcomedThroughTheSignedPipeline()
    {
        var sent = await _service.Http.PostAsJsonAsync(new Uri("/dev/chat/send", UriKind.Relative), new { userId = "dev-1", @event = "follow" });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(200, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhookStatus").GetInt32());

        var welcome = _service.Services.GetRequiredService<ResidentTexts>().Get(ResidentTexts.Welcome);
        var messages = await WaitForBotAsync("dev-1");

        Assert.Equal(2, messages.Count);
        Assert.Equal("in:follow", messages[0]);
        Assert.StartsWith("out:" + welcome, messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedTextGoesInAndTheAnswerComesBackInOrder()
    {
        await _service.Http.PostAsJsonAsync(new Uri("/dev/chat/send", UriKind.Relative), new { userId = "dev-2", text = "Xin chào" });

        var messages = await WaitForBotAsync("dev-2");

        Assert.Equal("in:Xin chào", messages[0]);
        Assert.StartsWith("out:Xin chào!", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimulatorRejectsAMissingUserId()
    {
        var sent = await _service.Http.PostAsJsonAsync(new Uri("/dev/chat/send", UriKind.Relative), new { userId = "", text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
    }

    [Fact]
    public async Task SamplesSignedWithTheDevelopmentSecretReachTheDevelopmentAccount()
    {
        var sample = ServiceUnderTest.Freshened(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "webhook-samples", "follow.json")));
        var signature = ChatAssistant.Zalo.Webhooks.WebhookSignatureVerifier.Compute(
            "360846524940903967", System.Text.Encoding.UTF8.GetBytes(sample),
            JsonDocument.Parse(sample).RootElement.GetProperty("timestamp").GetString()!, "dev-webhook-secret");

        var response = await _service.PostWebhookAsync(sample, "mac=" + signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var follower = JsonDocument.Parse(sample).RootElement.GetProperty("follower").GetProperty("id").GetString()!;
        var messages = await WaitForBotAsync(follower);
        Assert.Contains(messages, m => m.StartsWith("out:Xin chào!", StringComparison.Ordinal));
    }

    private async Task<List<string>> WaitForBotAsync(string userId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await _service.Http.GetFromJsonAsync<JsonElement>(new Uri($"/dev/chat/messages?userId={userId}&after=0", UriKind.Relative));
            var items = page.GetProperty("messages").EnumerateArray()
                .Select(m => $"{m.GetProperty("direction").GetString()}:{(m.GetProperty("text").ValueKind == JsonValueKind.String ? m.GetProperty("text").GetString() : m.GetProperty("kind").GetString())}")
                .ToList();
            if (items.Any(i => i.StartsWith("out:", StringComparison.Ordinal)) || DateTime.UtcNow > deadline)
            {
                return items;
            }
            await Task.Delay(50);
        }
    }
}
