using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Features.TipOffs.Evidence;

/// <summary>The evidence pipeline on a real database file and media folder, fetching from the fake Zalo CDN over loopback.</summary>
internal sealed class EvidenceRig : IAsyncDisposable
{
    public const string Oa = "oa-1";

    private readonly ServiceProvider _http;

    private EvidenceRig(FakeZaloApi zalo, Action<EvidenceOptions>? configure)
    {
        Zalo = zalo;
        var tipOffOptions = TipOffKeys.Options();
        Cipher = new TipOffCipher(tipOffOptions);
        Store = new TipOffStore(Database.Connections, Database.Writer, Cipher, new ReceiptHasher(new ChatAssistant.Features.TipOffs.Keys.ReceiptTagKey(Database.Connections, Database.Writer, Cipher), tipOffOptions), Clock);
        Options = new EvidenceOptions { MediaFolder = Database.Folder.File("media"), RetryDelay = TimeSpan.FromSeconds(30) };
        Options.AllowedHosts.Add("127.0.0.1");
        configure?.Invoke(Options);
        new EvidenceDefaults(Database.Connections).PostConfigure(null, Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);

        var services = new ServiceCollection();
        TipOffEvidenceRegistration.AddMediaClient(services);
        _http = services.BuildServiceProvider();

        Vault = new EvidenceVault(Cipher, options, Clock);
        Backlog = new EvidenceBacklog(Database.Connections, Database.Writer, Cipher, Clock);
        Evidence = new EvidenceStore(Database.Connections, Cipher);
        Fetcher = new EvidenceFetcher(
            Backlog, new MediaFetch(_http.GetRequiredService<IHttpClientFactory>(), Vault, options, Clock),
            Vault, new EvidenceArrivals(), Cipher, options, Clock, NullLogger<EvidenceFetcher>.Instance);
    }

    public TestDatabase Database { get; } = TestDatabase.Create();
    public ManualClock Clock { get; } = new();
    public FakeZaloApi Zalo { get; }
    public TipOffCipher Cipher { get; }
    public TipOffStore Store { get; }
    public EvidenceOptions Options { get; }
    public EvidenceVault Vault { get; }
    public EvidenceBacklog Backlog { get; }
    public EvidenceStore Evidence { get; }
    public EvidenceFetcher Fetcher { get; }

    public static async Task<EvidenceRig> StartAsync(Action<EvidenceOptions>? configure = null) =>
        new(await FakeZaloApi.StartAsync(), configure);

    /// <summary>Stores an anonymous report with the given media as the chat flow does; returns the report's id.</summary>
    public Task<long> ReportAsync(params EvidenceSource[] evidence) => ReportAsync(anonymous: true, evidence);

    /// <summary>Stores a report with the given media as the chat flow does; returns the report's id.</summary>
    public async Task<long> ReportAsync(bool anonymous, params EvidenceSource[] evidence)
    {
        var (id, _) = await Store.CreateAsync(
            new NewTipOff(Oa, "drugs", "Mua bán ma túy ở ngõ 12", anonymous, anonymous ? null : "user-1") { Evidence = evidence });
        return id;
    }

    /// <summary>A report with one image at <paramref name="url"/>; returns the evidence row's id.</summary>
    public async Task<long> ReportImageAsync(Uri url)
    {
        var tipOffId = await ReportAsync(new EvidenceSource("image", url.ToString(), ContentType: "image/jpeg"));
        return Evidence.List(tipOffId).Single().Id;
    }

    public EvidenceRow Row(long evidenceId)
    {
        using var connection = Database.Connections.Open();
        return connection.QuerySingle<EvidenceRow>(
            "SELECT status, reason, attempts, content_type AS ContentType, size, file_name AS FileName FROM tipoff_evidence WHERE id = @evidenceId",
            new { evidenceId });
    }

    public string[] MediaFiles() => Directory.Exists(Options.MediaFolder) ? Directory.GetFiles(Options.MediaFolder!) : [];

    public async ValueTask DisposeAsync()
    {
        await _http.DisposeAsync();
        await Zalo.DisposeAsync();
        await Database.DisposeAsync();
    }

    internal sealed class EvidenceRow
    {
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
        public long Attempts { get; init; }
        public string? ContentType { get; init; }
        public long? Size { get; init; }
        public string? FileName { get; init; }
    }
}
