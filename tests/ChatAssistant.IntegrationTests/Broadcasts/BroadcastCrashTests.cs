using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>A notice to 3,000 followers, the host killed (kill -9) mid-send and started again on the same files.</summary>
public sealed class BroadcastCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string BootstrapKey = "bootstrap-key-for-tests-0123456789";
    private const int Followers = 3000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();
    private FakeZaloApi _zalo = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync();
        _zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
        // Answers take a moment, so sends are in flight when the process dies.
        _zalo.Latency = TimeSpan.FromMilliseconds(100);
    }

    public async Task DisposeAsync()
    {
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task DeliveryResumesAfterAKillAndOnlyTheMessagesInFlightGoTwice()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var first = await HostProcess.StartAsync(Settings(), Patience);
        output.WriteLine($"first start: {watch.Elapsed}");
        long id;
        await using (first)
        {
            SeedFollowers();
            using var http = Client(first);
            using var composed = await http.PostAsJsonAsync("/api/admin/broadcasts", new
            {
                oaId = ServiceUnderTest.OaId, title = "Cảnh báo", text = "Không chuyển tiền cho người lạ.", category = "general", target = new { all = true },
            });
            id = (await composed.Content.ReadFromJsonAsync<State>())!.Id;
            using (await http.PostAsync($"/api/admin/broadcasts/{id}/send?oaId={ServiceUnderTest.OaId}", null))
            {
            }
            await _zalo.WaitForMessagesAsync(Followers / 3, Patience);
            first.Kill();
        }
        var beforeRestart = _zalo.AcceptedMessages.Count;
        output.WriteLine($"killed at {watch.Elapsed} after {beforeRestart} accepted");
        Assert.InRange(beforeRestart, Followers / 3, Followers - 1);

        await using var second = await HostProcess.StartAsync(Settings(), Patience);
        using var client = Client(second);
        var report = await WaitUntilSentAsync(client, id, second);

        output.WriteLine($"sent at {watch.Elapsed}; in flight at the crash: {report.InFlightAtCrash}");
        var perUser = _zalo.AcceptedMessages.GroupBy(m => m.UserId!).ToDictionary(g => g.Key, g => g.Count());
        var twice = perUser.Where(u => u.Value > 1).Select(u => u.Key).ToHashSet();
        output.WriteLine($"received twice: {twice.Count}");
        Assert.Equal(Followers, perUser.Count);
        Assert.All(perUser.Values, count => Assert.InRange(count, 1, 2));
        Assert.Equal((Followers, Followers, 0L), (report.Targeted, report.Sent, report.FailedTotal));
        Assert.InRange(twice.Count, 0, report.InFlightAtCrash);
        // Rows are marked 'sending' only once they hold one of the outbox's send slots (Messaging:MaxConcurrentSends).
        Assert.InRange(report.InFlightAtCrash, 0, 64);
        Assert.Subset(ResentAfterCrash(id), twice);
        Assert.Equal(Followers + twice.Count, _zalo.AcceptedMessages.Count);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["environment"] = "Production",
        ["ConnectionStrings:ChatAssistant"] = $"Data Source={_folder.File("service.db")}",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Admin:BootstrapApiKey"] = BootstrapKey,
        ["Zalo:AppId"] = _zalo.AppId,
        ["Zalo:AppSecret"] = _zalo.AppSecret,
        ["Zalo:WebhookSecretKey"] = ServiceUnderTest.WebhookSecret,
        ["Zalo:ApiBaseUrl"] = _zalo.BaseUrl.ToString(),
        ["Zalo:OAuthBaseUrl"] = _zalo.BaseUrl.ToString(),
        ["Zalo:ZnsBaseUrl"] = _zalo.BaseUrl.ToString(),
        ["Zalo:Accounts:0:OaId"] = ServiceUnderTest.OaId,
        ["Zalo:Accounts:0:Name"] = "Công an phường Thử",
        ["Zalo:Accounts:0:AccessToken"] = ServiceUnderTest.SeedAccessToken,
        ["Zalo:Accounts:0:RefreshToken"] = ServiceUnderTest.SeedRefreshToken,
        ["TipOffs:EncryptionKey"] = ServiceUnderTest.TipOffKey,
        ["Messaging:SendRetryDelay"] = "00:00:00.050",
        // The outbox's per-account limit caps any notice rate: both at 500 a second.
        ["Zalo:MessagesPerMinutePerAccount"] = "30000",
        ["Broadcasts:MessagesPerMinute"] = "30000",
        // A real process on the real clock, at any hour: no quiet hours.
        ["Broadcasts:QuietHoursStart"] = "00:00:00",
        ["Broadcasts:QuietHoursEnd"] = "00:00:00",
        ["Broadcasts:FeedInterval"] = "00:00:00.050",
    };

    private static HttpClient Client(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BootstrapKey);
        return client;
    }

    /// <summary>Followers written into the running host's database, as the follower registry would have.</summary>
    private void SeedFollowers()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.File("service.db")};Default Timeout=30;Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        connection.Execute("""
            INSERT INTO residents (oa_id, user_id, following, last_interaction_at, updated_at) VALUES (@oaId, @userId, 1, @now, @now)
            """, Enumerable.Range(1, Followers).Select(i => new { oaId = ServiceUnderTest.OaId, userId = $"u{i:00000}", now }), transaction);
        transaction.Commit();
    }

    private HashSet<string> ResentAfterCrash(long id)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.File("service.db")};Pooling=False");
        connection.Open();
        return connection.Query<string>(
            "SELECT user_id FROM outbox_messages WHERE idempotency_key >= @prefix AND idempotency_key < @end AND resent_after_crash = 1",
            new { prefix = BroadcastKeys.Prefix(id), end = BroadcastKeys.End(id) }).ToHashSet();
    }

    private static async Task<BroadcastReport> WaitUntilSentAsync(HttpClient client, long id, HostProcess host)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var report = (await client.GetFromJsonAsync<BroadcastReport>($"/api/admin/broadcasts/{id}?oaId={ServiceUnderTest.OaId}"))!;
            if (report.Status == BroadcastStatus.Sent)
            {
                return report;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Broadcast {id} stayed at {report}:{Environment.NewLine}{host.Output}");
            }
            await Task.Delay(100);
        }
    }

    private sealed record State(long Id, string Status);
}
