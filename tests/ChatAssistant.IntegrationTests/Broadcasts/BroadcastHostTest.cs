using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Dapper;
using ChatAssistant.IntegrationTests.Officers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>
/// The real host serving two accounts with a bootstrap admin key, talking to the fake Zalo API; followers are seeded
/// straight into the database, as the follower registry would have recorded them.
/// </summary>
public abstract class BroadcastHostTest : OfficerApiTest
{
    protected static new readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Settings a test class adds to the broadcast defaults (a rate, approval).</summary>
    protected virtual IDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>Warnings and above: shown when a wait times out.</summary>
    protected override LogLevel CapturedLevel => LogLevel.Warning;

    protected override IDictionary<string, string> HostSettings
    {
        get
        {
            var settings = new Dictionary<string, string>
            {
                ["Broadcasts:FeedInterval"] = "00:00:00.050",
                ["Broadcasts:MessagesPerMinute"] = "60000",
                // These tests run on the real clock at any hour: no quiet hours unless a test asks for them.
                ["Broadcasts:QuietHoursStart"] = "00:00:00",
                ["Broadcasts:QuietHoursEnd"] = "00:00:00",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }
            return settings;
        }
    }

    protected async Task<HttpClient> OfficerAsync(string name, string role, params string[] oaIds) =>
        ClientWith((await CreateOfficerAsync(name, role, oaIds)).Key);

    /// <summary>Followers of <paramref name="oaId"/> who last wrote <paramref name="wroteAgo"/> before now, with tags.</summary>
    protected void SeedFollowers(string oaId, IEnumerable<string> userIds, TimeSpan wroteAgo, bool following = true, bool noticesOff = false, params string[] tags)
    {
        using var connection = Service.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        using var transaction = connection.BeginTransaction();
        var now = Clock.GetUtcNow();
        foreach (var userId in userIds)
        {
            connection.Execute("""
                INSERT INTO residents (oa_id, user_id, following, last_interaction_at, notices_off, updated_at)
                VALUES (@oaId, @userId, @following, @last, @noticesOff, @now)
                """, new { oaId, userId, following = following ? 1 : 0, last = (now - wroteAgo).ToUnixTimeMilliseconds(), noticesOff = noticesOff ? 1 : 0, now = now.ToUnixTimeMilliseconds() }, transaction);
            foreach (var tag in tags)
            {
                connection.Execute("""
                    INSERT INTO resident_tags (oa_id, user_id, tag, label, source, created_at) VALUES (@oaId, @userId, @tag, @label, 'officer', @now)
                    """, new { oaId, userId, tag = Conversation.Text.VietnameseText.Fold(tag), label = tag, now = now.ToUnixTimeMilliseconds() }, transaction);
            }
        }
        transaction.Commit();
    }

    protected static IEnumerable<string> Users(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i:0000}");

    protected static object Notice(object target, string category = BroadcastCategories.General, string oaId = OaA, DateTimeOffset? sendAt = null, bool? urgent = null) => new
    {
        oaId,
        title = "Cảnh báo lừa đảo",
        text = "Không chuyển tiền cho người lạ tự xưng là công an.",
        link = "https://congan.example.vn/canh-bao",
        category,
        target,
        sendAt,
        urgent,
    };

    /// <summary>Composes a notice as <paramref name="client"/>; returns its id.</summary>
    protected static async Task<long> ComposeAsync(HttpClient client, object notice)
    {
        using var response = await client.PostAsJsonAsync("/api/admin/broadcasts", notice);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<State>())!.Id;
    }

    protected static async Task<HttpResponseMessage> ActAsync(HttpClient client, long id, string action, string oaId = OaA) =>
        await client.PostAsync($"/api/admin/broadcasts/{id}/{action}?oaId={oaId}", null);

    protected static async Task<BroadcastReport> ReportAsync(HttpClient client, long id, string oaId = OaA) =>
        (await client.GetFromJsonAsync<BroadcastReport>($"/api/admin/broadcasts/{id}?oaId={oaId}"))!;

    /// <summary>Polls the report until <paramref name="done"/> holds; <paramref name="tick"/> runs between polls (moves a manual clock).</summary>
    protected async Task<BroadcastReport> WaitForReportAsync(long id, Func<BroadcastReport, bool> done, Action? tick = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var report = await ReportAsync(Bootstrap, id);
            if (done(report))
            {
                return report;
            }
            if (DateTime.UtcNow > deadline)
            {
                var outbox = string.Join("; ", Rows<(string, string, long?)>(
                    "SELECT idempotency_key, status, error_code FROM outbox_messages ORDER BY id"));
                throw new TimeoutException($"Broadcast {id} stayed at {report}; outbox: {outbox}; log: {string.Join(Environment.NewLine, Log.Lines)}");
            }
            tick?.Invoke();
            await Task.Delay(50);
        }
    }

    /// <summary>Rows of a query on the service's database file, as an operator with sqlite3 would read them.</summary>
    protected IReadOnlyList<T> Rows<T>(string sql, object? parameters = null)
    {
        using var connection = Service.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.Query<T>(sql, parameters).AsList();
    }

    protected sealed record State(long Id, string Status);
}
