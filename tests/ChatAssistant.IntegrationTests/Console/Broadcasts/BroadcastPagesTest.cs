using System.Text.RegularExpressions;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.Broadcasts;

/// <summary>Base of the notice pages' tests: fast sending at any hour, followers seeded as the registry records them.</summary>
public abstract partial class BroadcastPagesTest : ConsoleTest
{
    protected override IDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Broadcasts:FeedInterval"] = "00:00:00.050",
        ["Broadcasts:MessagesPerMinute"] = "60000",
        // The tests run at any hour: no quiet hours.
        ["Broadcasts:QuietHoursStart"] = "00:00:00",
        ["Broadcasts:QuietHoursEnd"] = "00:00:00",
    };

    protected void SeedFollowers(string oaId, int count, TimeSpan wroteAgo)
    {
        using var connection = Service.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            connection.Execute("""
                INSERT INTO residents (oa_id, user_id, following, last_interaction_at, notices_off, updated_at)
                VALUES (@oaId, @userId, 1, @last, 0, @now)
                """, new { oaId, userId = $"{oaId}-u{i}", last = (now - wroteAgo).ToUnixTimeMilliseconds(), now = now.ToUnixTimeMilliseconds() });
        }
    }

    protected static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    protected static List<KeyValuePair<string, string>> NoticeFields(string title = "Cảnh báo lừa đảo") =>
    [
        Field("oa", OaA),
        Field("Form.Title", title),
        Field("Form.Text", "Không chuyển tiền cho người lạ tự xưng là công an."),
        Field("Form.Category", "general"),
        Field("Form.Target", "all"),
        Field("Form.When", "now"),
    ];

    /// <summary>Previews a notice through the compose form; returns the page and the draft it stored.</summary>
    protected static async Task<(string Html, long DraftId)> PreviewAsync(ConsoleClient client, List<KeyValuePair<string, string>> fields)
    {
        using var response = await client.PostFormAsync("/console/broadcasts/new", fields, "/console/broadcasts/new?handler=Preview");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);
        var draft = DraftField().Match(html);
        Assert.True(draft.Success, "No draft in the preview: " + html);
        return (html, long.Parse(draft.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    protected static Task<HttpResponseMessage> SendAsync(ConsoleClient client, long draftId) =>
        client.PostFormAsync("/console/broadcasts/new", [Field("oa", OaA), Field("DraftId", draftId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "/console/broadcasts/new?handler=Send");

    protected static Task<HttpResponseMessage> ActAsync(ConsoleClient client, long id, string handler) =>
        client.PostFormAsync($"/console/broadcasts/{id}", [], $"/console/broadcasts/{id}?handler={handler}");

    protected string Status(long id) => Service.Query<string>("SELECT status FROM broadcasts WHERE id = @id", new { id });

    [GeneratedRegex("name=\"DraftId\" value=\"(\\d+)\"")]
    private static partial Regex DraftField();
}
