using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.IntegrationTests.Officers;

/// <summary>Base of officer API tests: the host serving two accounts, with a bootstrap admin key.</summary>
public abstract class OfficerApiTest : IAsyncLifetime
{
    public const string BootstrapKey = "bootstrap-key-for-tests-0123456789";
    public const string OaA = ServiceUnderTest.OaId;
    public const string OaB = "oa-b-579745863508352884";

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly List<HttpClient> _clients = [];

    protected TempFolder Folder { get; } = new();
    protected FakeZaloApi Zalo { get; private set; } = null!;
    protected ServiceUnderTest Service { get; private set; } = null!;

    /// <summary>Everything the host logged, at every level (the test settings only quiet the console).</summary>
    protected LogCapture Log { get; } = new();

    /// <summary>The clock the host and the fake follow; the system clock unless a test class sets one.</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>Settings a test class adds to the host's.</summary>
    protected virtual IDictionary<string, string> HostSettings => new Dictionary<string, string>();

    /// <summary>The lowest level <see cref="Log"/> keeps.</summary>
    protected virtual LogLevel CapturedLevel => LogLevel.Trace;

    public async Task InitializeAsync()
    {
        Zalo = await FakeZaloApi.StartAsync(Clock);
        Zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
        Zalo.IssueTokens("access-b", "refresh-b");
        var settings = new Dictionary<string, string>
        {
            ["Admin:BootstrapApiKey"] = BootstrapKey,
            ["Zalo:Accounts:1:OaId"] = OaB,
            ["Zalo:Accounts:1:Name"] = "Công an xã Thử",
            ["Zalo:Accounts:1:AccessToken"] = "access-b",
            ["Zalo:Accounts:1:RefreshToken"] = "refresh-b",
        };
        foreach (var (key, value) in HostSettings)
        {
            settings[key] = value;
        }
        _settings = settings;
        Service = await StartServiceAsync();
    }

    private Dictionary<string, string> _settings = [];

    /// <summary>Stops the host and starts a new one on the same database and folder, as a redeploy would.</summary>
    protected async Task RestartServiceAsync()
    {
        await Service.DisposeAsync();
        Service = await StartServiceAsync();
    }

    private Task<ServiceUnderTest> StartServiceAsync() =>
        ServiceUnderTest.StartAsync(Folder.File("service.db"), Zalo, _settings, overrides: services =>
        {
            services.AddSingleton<ILoggerProvider>(Log);
            // A rule for this provider outranks the Warning default the test host sets for all.
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, null, CapturedLevel, null)));
            if (Clock != TimeProvider.System)
            {
                services.AddSingleton(Clock);
            }
        });

    public virtual async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        await Service.DisposeAsync();
        await Zalo.DisposeAsync();
        Folder.Dispose();
    }

    /// <summary>A client of the service that sends <c>Authorization: Bearer <paramref name="key"/></c>.</summary>
    protected HttpClient ClientWith(string key)
    {
        var client = new HttpClient { BaseAddress = Service.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _clients.Add(client);
        return client;
    }

    protected HttpClient Bootstrap => ClientWith(BootstrapKey);

    /// <summary>Creates an officer through the API as the bootstrap admin; returns their id and key.</summary>
    protected async Task<(long Id, string Key)> CreateOfficerAsync(string name, string role, params string[] oaIds)
    {
        using var response = await Bootstrap.PostAsJsonAsync("/api/admin/officers", new { name, role, oaIds });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CreatedKey>();
        return (created!.Id, created.Key);
    }

    /// <summary>Opens a hand-off as the conversation engine will: through the store, inside a write.</summary>
    protected async Task<long> OpenHandoffAsync(string oaId, string userId)
    {
        var handoffs = Service.Services.GetRequiredService<HandoffStore>();
        await Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) => handoffs.Open(c, t, oaId, userId));
        return handoffs.FindOpen(oaId, userId)!.Id;
    }

    protected sealed record CreatedKey(long Id, string Key);
}
