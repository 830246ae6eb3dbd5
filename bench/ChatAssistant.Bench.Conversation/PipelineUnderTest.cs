using System.Security.Cryptography;
using ChatAssistant.Accounts;
using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Conversations;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// The service as <c>AddChatAssistant</c> builds it, on a fresh SQLite file, without the web host and
/// without the hosted services: only the inbox dispatcher is started, by the run. The outbox is the
/// end of the measured pipeline, so the sender never runs.
/// </summary>
internal sealed class PipelineUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PipelineUnderTest(ServiceProvider services, string databaseFile)
    {
        _services = services;
        DatabaseFile = databaseFile;
    }

    public IServiceProvider Services => _services;

    public string DatabaseFile { get; }

    /// <summary>The account every resident writes to: the development account (no Zalo account is configured).</summary>
    public string AccountId => _services.GetRequiredService<AccountDirectory>().Accounts[0].OaId;

    public static PipelineUnderTest Create(
        string folder, string synchronous, IReadOnlyDictionary<string, string?> settings, TurnTimings timings, WriterCommits commits, StateSample? sample)
    {
        Directory.CreateDirectory(folder);
        var databaseFile = Path.Combine(folder, "bench.db");
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatAssistant"] = $"Data Source={databaseFile}",
            ["Content:DialogsPath"] = BenchContent.RepositoryDialogs,
            ["Storage:Synchronous"] = synchronous,
            // Production refuses to start without a webhook secret; nothing here checks signatures.
            ["Zalo:WebhookSecretKey"] = "bench-webhook-secret",
            // Production also requires the key that seals tip-offs and tokens at rest: a new one per fresh database.
            ["TipOffs:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ApplicationName = "ChatAssistant.Bench.Conversation" });
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(console => console.SingleLine = true));
        services.AddSingleton(TimeProvider.System);
        services.AddChatAssistant(configuration);

        foreach (var dialog in BenchRegistrationDialog.WithPrompts())
        {
            services.AddSingleton(dialog);
        }
        services.AddSingleton(new MenuEntry(BenchContent.MenuTitle, 10, ["dang ky lich"],
            (dc, ct) => dc.BeginDialogAsync(BenchRegistrationDialog.DialogId, null, ct)));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. BenchContent.Texts.Keys]));
        var benchTexts = BenchContent.WriteTextsFile(folder);
        services.Replace(ServiceDescriptor.Singleton(sp => BenchContent.LoadTexts(
            sp.GetRequiredService<DialogsFolder>(), benchTexts, sp.GetServices<IRequiredTexts>().SelectMany(r => r.Keys))));

        // The decorations that time the turn: the engine behind the handler, the state middleware in its place.
        services.AddSingleton<ConversationEngine>();
        services.Replace(ServiceDescriptor.Singleton<ITurnHandler>(sp =>
            new TimedTurnHandler(sp.GetRequiredService<ConversationEngine>(), timings, commits)));
        var state = services.Single(d => d.ServiceType == typeof(ITurnMiddleware) && d.ImplementationType == typeof(ConversationStateMiddleware));
        services[services.IndexOf(state)] = ServiceDescriptor.Singleton<ITurnMiddleware>(sp =>
            new TimedStateMiddleware(ActivatorUtilities.CreateInstance<ConversationStateMiddleware>(sp), timings, sample));

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
        provider.GetRequiredService<Migrator>().Migrate();
        // Load and check the texts now rather than in the first turn.
        provider.GetRequiredService<ResidentTexts>();
        return new PipelineUnderTest(provider, databaseFile);
    }

    public InboxDispatcher Dispatcher => _services.GetRequiredService<InboxDispatcher>();

    public SqliteConnection OpenReader() => _services.GetRequiredService<SqliteConnectionFactory>().Open();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
