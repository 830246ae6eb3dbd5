using ChatAssistant.Accounts;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Testing.Conversations;

/// <summary>
/// The service's real conversation pipeline (engine, dialogs, state, outbox) on a temporary SQLite
/// file and a manual clock, without the web host or the background loops, for conversation tests.
/// </summary>
public sealed class ConversationHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private ConversationHarness(ServiceProvider services, string folder, ManualClock clock)
    {
        _services = services;
        _folder = folder;
        Clock = clock;
    }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _services;

    /// <summary>The development account every flow talks to unless told otherwise.</summary>
    public string AccountId => _services.GetRequiredService<AccountDirectory>().Accounts[0].OaId;

    /// <param name="configure">Registers test dialogs or replaces services.</param>
    /// <param name="settings">Configuration on top of the harness defaults (e.g. <c>Conversation:IdleTimeout</c>).</param>
    /// <param name="extraTexts">Texts a test dialog needs, added to a copy of the repository's texts.</param>
    public static ConversationHarness Create(
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null,
        ManualClock? clock = null,
        IReadOnlyDictionary<string, string>? extraTexts = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatassistant-flow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatAssistant"] = $"Data Source={Path.Combine(folder, "flow.db")}",
            ["Content:DialogsPath"] = extraTexts is null ? RepositoryDialogs.Folder : DialogsWith(folder, extraTexts),
            // Durability is not what conversation tests are about; NORMAL keeps them quick.
            ["Storage:Synchronous"] = "NORMAL",
            // Retries wait on the manual clock otherwise, and nobody would advance it.
            ["Messaging:TurnRetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        clock ??= new ManualClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development, ApplicationName = "ChatAssistant.Tests" });
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddChatAssistant(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
        provider.GetRequiredService<Migrator>().Migrate();
        return new ConversationHarness(provider, folder, clock);
    }

    private readonly Dictionary<string, ConversationFlow> _flows = new(StringComparer.Ordinal);

    /// <summary>The conversation with one resident of the development account; the same one on every call.</summary>
    public ConversationFlow Resident(string userId = "resident-1")
    {
        lock (_flows)
        {
            if (!_flows.TryGetValue(userId, out var flow))
            {
                _flows[userId] = flow = new ConversationFlow(this, AccountId, userId);
            }
            return flow;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing connection; the temp folder is cleaned by the OS.
        }
    }

    private static string DialogsWith(string folder, IReadOnlyDictionary<string, string> extraTexts)
    {
        // A copy of all the content, so that everything loaded from dialogs/ is the repository's but the texts.
        var dialogs = RepositoryDialogs.CopyTo(Path.Combine(folder, "dialogs"));
        var texts = File.ReadAllText(Path.Combine(RepositoryDialogs.Folder, "texts.yaml"));
        var extra = string.Join("\n", extraTexts.Select(t => $"{t.Key}: \"{t.Value.Replace("\"", "\\\"", StringComparison.Ordinal)}\""));
        File.WriteAllText(Path.Combine(dialogs, "texts.yaml"), texts + "\n" + extra + "\n");
        return dialogs;
    }
}
