using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Storage;

namespace ChatAssistant.Tests.Features.TipOffs.Evidence;

public sealed class EvidenceOptionsTests
{
    private static EvidenceOptions Configured(string dataSource, Action<EvidenceOptions>? configure = null)
    {
        var options = new EvidenceOptions();
        configure?.Invoke(options);
        var connections = new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(
            new StorageOptions { ConnectionString = $"Data Source={dataSource}" }));
        new EvidenceDefaults(connections).PostConfigure(null, options);
        return options;
    }

    private static IEnumerable<string> Problems(EvidenceOptions options) =>
        new EvidenceOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void ByDefaultTheMediaFolderIsBesideTheDatabaseAndZalosHostsAndMediaTypesAreAllowed()
    {
        var database = Path.Combine(Path.GetTempPath(), "unit-x", "chat.db");

        var options = Configured(database);

        Assert.Equal(Path.Combine(Path.GetTempPath(), "unit-x", "tipoff-media"), options.MediaFolder);
        Assert.Equal(EvidenceOptions.DefaultHosts, options.AllowedHosts);
        Assert.Equal(EvidenceOptions.DefaultContentTypes, options.AllowedContentTypes);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void AnInMemoryDatabaseGetsATemporaryFolder()
    {
        var options = Configured(":memory:");

        Assert.StartsWith(Path.GetTempPath(), options.MediaFolder, StringComparison.Ordinal);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void AConfiguredListReplacesTheDefault()
    {
        var options = Configured("chat.db", o => o.AllowedContentTypes.Add("application/pdf"));

        Assert.Equal(["application/pdf"], options.AllowedContentTypes);
        Assert.Equal(EvidenceOptions.DefaultHosts, options.AllowedHosts);
    }

    [Fact]
    public void EveryBadValueIsReportedWithItsKey()
    {
        var options = Configured("chat.db", o =>
        {
            o.MaxFileBytes = 0;
            o.MaxAttempts = 0;
            o.FetchTimeout = TimeSpan.Zero;
            o.RetryDelay = TimeSpan.FromSeconds(-1);
            o.ViewingWindow = TimeSpan.FromMinutes(-5);
            o.AllowedContentTypes.Add("text/html");
            o.AllowedHosts.Add("zdn.vn");
            o.AllowedHosts.Add("https://zalo.me/x");
        });

        var problems = Problems(options).ToList();

        Assert.Equal(7, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:MaxFileBytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:FetchTimeout", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:RetryDelay", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:ViewingWindow", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:AllowedContentTypes:0 ('text/html')", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TipOffs:Evidence:AllowedHosts:1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://photo-stal-9.zdn.vn/a.jpg", null)]
    [InlineData("https://zdn.vn/a.jpg", null)]
    [InlineData("https://PHOTO.ZDN.VN./a.jpg", null)]
    [InlineData("https://evilzdn.vn/a.jpg", EvidenceReason.Host)]
    [InlineData("https://zdn.vn.attacker.example/a.jpg", EvidenceReason.Host)]
    [InlineData("https://169.254.169.254/latest/meta-data", EvidenceReason.Host)]
    [InlineData("http://photo.zdn.vn/a.jpg", EvidenceReason.Scheme)]
    [InlineData("ftp://zdn.vn/a.jpg", EvidenceReason.Scheme)]
    [InlineData("file:///etc/passwd", EvidenceReason.Scheme)]
    [InlineData("http://127.0.0.1:8080/a.jpg", EvidenceReason.Host)]
    public void OnlyHttpsToAnAllowedHostIsFetched(string url, string? refusal) =>
        Assert.Equal(refusal, MediaAddress.Refusal(new Uri(url), Configured("chat.db")));

    [Fact]
    public void PlainHttpIsAllowedToALoopbackHostThatIsListed() =>
        Assert.Null(MediaAddress.Refusal(new Uri("http://127.0.0.1:8080/a.jpg"), Configured("chat.db", o => o.AllowedHosts.Add("127.0.0.1"))));
}
