using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.IntegrationTests.Officers;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>Base of the tip-off desk's API tests: reports stored as the chat stores them, and calls to the desk.</summary>
public abstract class TipOffApiTest : OfficerApiTest
{
    /// <summary>Stores a report through the feature's own store, sealed as in production.</summary>
    protected async Task<long> CreateReportAsync(
        string oaId, string text, string category = "drugs", bool anonymous = true, string? userId = null, string? contact = null)
    {
        var store = Service.Services.GetRequiredService<TipOffStore>();
        var (id, _) = await store.CreateAsync(new NewTipOff(oaId, category, text, anonymous, userId, contact));
        return id;
    }

    /// <summary>Changes the database as a background job would, through the single writer.</summary>
    protected Task ExecuteAsync(string sql, object? parameters = null) =>
        Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) => c.Execute(sql, parameters, t));

    protected static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    protected static Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string route, object body) =>
        client.PostAsJsonAsync($"/api/admin/tipoffs/{id}/{route}", body);

    protected static Task<HttpResponseMessage> ChangeStatusAsync(HttpClient client, string oaId, long id, string status, string? note = null) =>
        PostAsync(client, id, "status", new { oaId, status, note });
}
