using System.Globalization;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bench.Broadcasts;

/// <summary>
/// The service as the host composes it (<c>AddChatAssistant</c>), as a Zalo deployment of one account whose API is the
/// fake on loopback, on a database in the work folder (synchronous=FULL, as deployed), with the account's followers.
/// </summary>
internal sealed class BroadcastBenchService : IAsyncDisposable
{
    public const string OaId = "388613280878808645";

    private BroadcastBenchService(IHost host, FakeZaloApi zalo)
    {
        Host = host;
        Zalo = zalo;
    }

    public IHost Host { get; }
    public FakeZaloApi Zalo { get; }

    public static async Task<BroadcastBenchService> StartAsync(string folder, int perMinute)
    {
        var zalo = await FakeZaloApi.StartAsync();
        zalo.IssueTokens("access-1", "refresh-1");
        var rate = perMinute.ToString(CultureInfo.InvariantCulture);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Production",
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatAssistant"] = $"Data Source={Path.Combine(folder, "service.db")}",
            ["Content:DialogsPath"] = Path.Combine(RepositoryFolder.Find(), "dialogs"),
            ["Zalo:AppId"] = zalo.AppId,
            ["Zalo:AppSecret"] = zalo.AppSecret,
            ["Zalo:WebhookSecretKey"] = "bench-webhook-secret",
            ["Zalo:ApiBaseUrl"] = zalo.BaseUrl.ToString(),
            ["Zalo:OAuthBaseUrl"] = zalo.BaseUrl.ToString(),
            ["Zalo:ZnsBaseUrl"] = zalo.BaseUrl.ToString(),
            ["Zalo:Accounts:0:OaId"] = OaId,
            ["Zalo:Accounts:0:Name"] = "Công an phường Thử",
            ["Zalo:Accounts:0:AccessToken"] = "access-1",
            ["Zalo:Accounts:0:RefreshToken"] = "refresh-1",
            ["TipOffs:EncryptionKey"] = "dGVzdC10aXBvZmYta2V5LTMyLWJ5dGVzLWxvbmctISE=",
            // The outbox's per-account limit caps any notice rate: both are set to the rate under test.
            ["Zalo:MessagesPerMinutePerAccount"] = rate,
            ["Broadcasts:MessagesPerMinute"] = rate,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddChatAssistant(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new BroadcastBenchService(host, zalo);
    }

    /// <summary>Followers who all wrote yesterday (inside the 7-day window), written in chunks through the writer.</summary>
    public async Task SeedFollowersAsync(int count)
    {
        var writer = Host.Services.GetRequiredService<SqliteWriter>();
        var now = DateTimeOffset.UtcNow;
        var last = now.AddDays(-1).ToUnixTimeMilliseconds();
        for (var start = 1; start <= count; start += 10_000)
        {
            var rows = Enumerable.Range(start, Math.Min(10_000, count - start + 1))
                .Select(i => new { oaId = OaId, userId = UserOf(i), last, now = now.ToUnixTimeMilliseconds() }).ToList();
            await writer.WriteAsync((connection, transaction) => connection.Execute("""
                INSERT INTO residents (oa_id, user_id, following, last_interaction_at, updated_at) VALUES (@oaId, @userId, 1, @last, @now)
                """, rows, transaction));
        }
    }

    public static string UserOf(int i) => string.Create(CultureInfo.InvariantCulture, $"{5_000_000_000_000_000_000 + i}");

    /// <summary>Composes a notice to every follower and starts it; returns its id.</summary>
    public async Task<long> SendToAllAsync()
    {
        var desk = Host.Services.GetRequiredService<BroadcastDesk>();
        // Urgent, so quiet hours do not hold a run made at night.
        var composed = await desk.ComposeAsync(Officer.Bootstrap, new NewBroadcast(OaId, "Cảnh báo lừa đảo",
            "Không chuyển tiền cho người lạ tự xưng là công an. Gọi 113 khi cần.", null, "https://congan.example.vn/canh-bao",
            BroadcastCategories.SecurityWarning, new BroadcastTarget(All: true), null, true));
        var id = composed.Id ?? throw new InvalidOperationException($"Compose refused: {composed.Refusal} {composed.Problem}");
        var sent = await desk.SendAsync(Officer.Bootstrap, OaId, id);
        return sent.Refusal is null ? id : throw new InvalidOperationException($"Send refused: {sent.Refusal}");
    }

    public BroadcastReport Report(long id) =>
        Host.Services.GetRequiredService<BroadcastReports>().Find(OaId, id) ?? throw new InvalidOperationException($"No broadcast {id}.");

    public Task CancelAsync(long id) => Host.Services.GetRequiredService<BroadcastDesk>().CancelAsync(Officer.Bootstrap, OaId, id);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Zalo.DisposeAsync();
    }
}
