using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Host;

namespace ChatAssistant.IntegrationTests.Development;

/// <summary>The chat simulator posts signed webhooks and reads every reply: it exists in the Development environment only.</summary>
public sealed class SimulatorOutsideDevelopmentTests : ZaloHostTest
{
    [Fact]
    public async Task A_Production_host_serving_an_account_has_no_simulator()
    {
        using var page = await Service.Http.GetAsync(new Uri("/dev/chat", UriKind.Relative));
        using var messages = await Service.Http.GetAsync(new Uri("/dev/chat/messages?userId=u1&after=0", UriKind.Relative));
        using var sent = await Service.Http.PostAsJsonAsync(new Uri("/dev/chat/send", UriKind.Relative), new { userId = "u1", text = "Xin chào" });

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, messages.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
    }

    [Fact]
    public async Task A_staging_host_without_accounts_runs_the_development_account_but_serves_no_simulator()
    {
        using var folder = new TempFolder();
        await using var app = ChatAssistantHost.Build(
            ["--environment=Staging", "--urls=http://127.0.0.1:0", $"--ConnectionStrings:ChatAssistant=Data Source={folder.File("staging.db")}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var page = await http.GetAsync(new Uri("/dev/chat", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        await app.StopAsync();
    }
}
