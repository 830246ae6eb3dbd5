using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatAssistant.Host;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using ChatAssistant.Zalo.Webhooks;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests;

/// <summary>The real host on a loopback port, on a SQLite file of the test's own, talking to a fake Zalo API.</summary>
public sealed class ServiceUnderTest : IAsyncDisposable
{
    public const string OaId = "388613280878808645";
    public const string WebhookSecret = FakeZaloHostSettings.WebhookSecret;
    public const string SeedAccessToken = "access-1";
    public const string SeedRefreshToken = "refresh-1";

    public const string TipOffKey = FakeZaloHostSettings.TipOffKey;

    private readonly WebApplication _app;

    private ServiceUnderTest(WebApplication app, string databasePath, string appId)
    {
        _app = app;
        DatabasePath = databasePath;
        AppId = appId;
        BaseUrl = new Uri(app.Urls.Single());
        Http = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }
    public HttpClient Http { get; }
    public string DatabasePath { get; }
    public string AppId { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host as a Zalo deployment whose one account is served by <paramref name="zalo"/>.</summary>
    public static Task<ServiceUnderTest> StartAsync(
        string databasePath, FakeZaloApi zalo, IDictionary<string, string>? settings = null, Action<IServiceCollection>? overrides = null)
    {
        var all = FakeZaloHostSettings.For(zalo);
        all["Zalo:Accounts:0:OaId"] = OaId;
        all["Zalo:Accounts:0:Name"] = "Công an phường Thử";
        all["Zalo:Accounts:0:AccessToken"] = SeedAccessToken;
        all["Zalo:Accounts:0:RefreshToken"] = SeedRefreshToken;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return StartWithAsync(databasePath, all, zalo.AppId, overrides);
    }

    /// <summary>Starts the host in development mode (no Zalo account configured).</summary>
    public static Task<ServiceUnderTest> StartInDevelopmentAsync(string databasePath) =>
        StartWithAsync(databasePath, new Dictionary<string, string> { ["environment"] = "Development" }, "360846524940903967", null);

    private static async Task<ServiceUnderTest> StartWithAsync(
        string databasePath, Dictionary<string, string> settings, string appId, Action<IServiceCollection>? overrides)
    {
        settings["urls"] = "http://127.0.0.1:0";
        settings["ConnectionStrings:ChatAssistant"] = $"Data Source={databasePath}";
        settings["Logging:LogLevel:Default"] = "Warning";
        var args = settings.Select(s => $"--{s.Key}={s.Value}").ToArray();
        var app = ChatAssistantHost.Build(args, overrides);
        await app.StartAsync();
        return new ServiceUnderTest(app, databasePath, appId);
    }

    /// <summary>Posts <paramref name="body"/> signed as Zalo signs (or with <paramref name="signature"/> when given).</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(string body, string? signature = null, bool sign = true)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/zalo") { Content = content };
        if (sign)
        {
            request.Headers.Add("X-ZEvent-Signature", signature ?? "mac=" + Sign(body));
        }
        return await Http.SendAsync(request);
    }

    public string Sign(string body)
    {
        var envelope = WebhookEnvelopeReader.TryRead(Encoding.UTF8.GetBytes(body)) ?? throw new ArgumentException("not JSON", nameof(body));
        return WebhookSignatureVerifier.Compute(AppId, Encoding.UTF8.GetBytes(body), envelope.Timestamp ?? "", WebhookSecret);
    }

    /// <summary>Runs a query against the service's database file, as an operator with sqlite3 would.</summary>
    public T Query<T>(string sql, object? parameters = null)
    {
        using var connection = Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public async Task StopAsync()
    {
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>A user_send_text event in Zalo's format, with a fresh msg_id unless one is given, signed now unless <paramref name="signedAt"/> says when.</summary>
    public static string TextEvent(string userId, string text, string? msgId = null, DateTimeOffset? signedAt = null) =>
        $$"""{"app_id":"360846524940903967","sender":{"id":"{{userId}}"},"user_id_by_app":"app-{{userId}}","recipient":{"id":"{{OaId}}"},"event_name":"user_send_text","message":{"text":"{{text}}","msg_id":"{{msgId ?? Guid.NewGuid().ToString("N")}}"},"timestamp":"{{Milliseconds(signedAt ?? DateTimeOffset.UtcNow)}}"}""";

    /// <summary>A recorded sample with its timestamp set to now, as <c>FRESH=1 webhook-samples/send.sh</c> does: as recorded it is long stale.</summary>
    public static string Freshened(string sample) =>
        Regex.Replace(sample, "(\"timestamp\"\\s*:\\s*\"?)[0-9]+", m => m.Groups[1].Value + Milliseconds(DateTimeOffset.UtcNow), RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string Milliseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
