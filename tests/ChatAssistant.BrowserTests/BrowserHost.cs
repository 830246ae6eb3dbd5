using ChatAssistant.Host;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.BrowserTests;

/// <summary>
/// The real host on a loopback port, in Production, serving two accounts on a SQLite file of its own and talking to
/// a <see cref="FakeZaloApi"/>: what the browser sees is what a ward's office sees, minus Zalo.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string OaA = "388613280878808645";
    public const string OaB = "oa-b-579745863508352884";
    public const string BootstrapKey = "bootstrap-key-for-tests-0123456789";
    public const string WebhookSecret = FakeZaloHostSettings.WebhookSecret;

    /// <summary>Base64 of 32 bytes: Production refuses to start without a tip-off key.</summary>
    public const string TipOffKey = FakeZaloHostSettings.TipOffKey;

    private readonly WebApplication _app;
    private readonly string _folder;

    private BrowserHost(WebApplication app, FakeZaloApi zalo, string folder)
    {
        _app = app;
        Zalo = zalo;
        _folder = folder;
        BaseUrl = new Uri(app.Urls.Single());
    }

    public Uri BaseUrl { get; }
    public FakeZaloApi Zalo { get; }
    public IServiceProvider Services => _app.Services;
    public string DatabasePath => Path.Combine(_folder, "service.db");

    /// <param name="settings">Added to (and overriding) the defaults below, e.g. a feature's options.</param>
    /// <param name="overrides">Replaces services after the host registered its own, e.g. a manual clock.</param>
    public static async Task<BrowserHost> StartAsync(
        IDictionary<string, string>? settings = null, Action<IServiceCollection>? overrides = null, TimeProvider? clock = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatassistant-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var zalo = await FakeZaloApi.StartAsync(clock);
        zalo.IssueTokens("access-a", "refresh-a");
        zalo.IssueTokens("access-b", "refresh-b");
        var all = FakeZaloHostSettings.For(zalo);
        all["urls"] = "http://127.0.0.1:0";
        all["ConnectionStrings:ChatAssistant"] = $"Data Source={Path.Combine(folder, "service.db")}";
        all["Logging:LogLevel:Default"] = "Warning";
        all["Admin:BootstrapApiKey"] = BootstrapKey;
        all["Zalo:Accounts:0:OaId"] = OaA;
        all["Zalo:Accounts:0:Name"] = "Công an phường Thử";
        all["Zalo:Accounts:0:AccessToken"] = "access-a";
        all["Zalo:Accounts:0:RefreshToken"] = "refresh-a";
        all["Zalo:Accounts:1:OaId"] = OaB;
        all["Zalo:Accounts:1:Name"] = "Công an xã Thử";
        all["Zalo:Accounts:1:AccessToken"] = "access-b";
        all["Zalo:Accounts:1:RefreshToken"] = "refresh-b";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        var app = ChatAssistantHost.Build([.. all.Select(s => $"--{s.Key}={s.Value}")], services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
            overrides?.Invoke(services);
        });
        await app.StartAsync();
        return new BrowserHost(app, zalo, folder);
    }

    /// <summary>Runs a query against the service's database file, as an operator with sqlite3 would.</summary>
    public T Query<T>(string sql, object? parameters = null)
    {
        using var connection = Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public async ValueTask DisposeAsync()
    {
        // Stopping first lets the background services finish their loops instead of being cancelled mid-wait.
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Zalo.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool on its way down; the OS temp cleaner takes it.
        }
    }
}
