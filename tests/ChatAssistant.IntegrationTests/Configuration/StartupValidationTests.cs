using ChatAssistant.Host;
using Microsoft.Extensions.Options;

namespace ChatAssistant.IntegrationTests.Configuration;

/// <summary>Bad configuration stops the host at start-up with a message naming the key to fix.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>An account as Production needs one, so a test names only the setting it leaves out.</summary>
    private static readonly string[] OneAccount =
        ["--Zalo:AppId=1", "--Zalo:AppSecret=x", "--Zalo:Accounts:0:OaId=oa", "--Zalo:Accounts:0:RefreshToken=r"];

    public void Dispose() => _folder.Dispose();

    private async Task<string> StartFailureAsync(params string[] settings)
    {
        string[] args = ["--urls=http://127.0.0.1:0", $"--ConnectionStrings:ChatAssistant=Data Source={_folder.File("s.db")}", "--Logging:LogLevel:Default=None", .. settings];
        // Validation may fire while the app is built (endpoints ask which accounts exist) or when it starts.
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = ChatAssistantHost.Build(args);
            await app.StartAsync();
        });
        return failure.Message;
    }

    [Fact]
    public async Task ProductionWithoutWebhookSecretRefusesToStart()
    {
        var message = await StartFailureAsync("--environment=Production");

        Assert.Contains("Zalo:WebhookSecretKey", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithoutAccountsRefusesToStartRatherThanRunInDevelopmentMode()
    {
        // Everything else Production needs is there: without this check the host would start, keep every reply in
        // the development sink and serve the simulator.
        var message = await StartFailureAsync(
            "--environment=Production", "--Zalo:WebhookSecretKey=s", $"--TipOffs:EncryptionKey={Convert.ToBase64String(new byte[32])}");

        Assert.Contains("Zalo:Accounts", message, StringComparison.Ordinal);
        Assert.Contains("development mode", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsWithoutAppSecretNameTheMissingKey()
    {
        var message = await StartFailureAsync(
            "--environment=Production", "--Zalo:WebhookSecretKey=s", "--Zalo:AppId=1", "--Zalo:Accounts:0:OaId=oa", "--Zalo:Accounts:0:RefreshToken=r");

        Assert.Contains("Zalo:AppSecret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountWithoutTokensNamesItsIndex()
    {
        var message = await StartFailureAsync(
            "--environment=Production", "--Zalo:WebhookSecretKey=s", "--Zalo:AppId=1", "--Zalo:AppSecret=x", "--Zalo:Accounts:0:OaId=oa");

        Assert.Contains("Zalo:Accounts:0:RefreshToken", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithoutTipOffKeyRefusesToStart()
    {
        var message = await StartFailureAsync(["--environment=Production", "--Zalo:WebhookSecretKey=s", .. OneAccount]);

        Assert.Contains("TipOffs:EncryptionKey", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TipOffKeyOfTheWrongLengthIsRefused()
    {
        var message = await StartFailureAsync(
            ["--environment=Production", "--Zalo:WebhookSecretKey=s", $"--TipOffs:EncryptionKey={Convert.ToBase64String(new byte[16])}", .. OneAccount]);

        Assert.Contains("TipOffs:EncryptionKey must be base64 of exactly 32 bytes", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProxyThatIsNoAddressIsRefused()
    {
        var message = await StartFailureAsync("--environment=Development", "--ForwardedHeaders:KnownProxies:0=proxy.local");

        Assert.Contains("ForwardedHeaders:KnownProxies", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DedupWindowShorterThanTheFreshnessWindowIsRefused()
    {
        // A replay at 1:30 of an event answered at 0:00 is still fresh; its key, gone after an hour, would not stop it.
        var message = await StartFailureAsync("--environment=Development", "--Webhooks:MaxEventAge=02:00:00", "--Webhooks:DedupWindow=01:00:00");

        Assert.Contains("Webhooks:DedupWindow (01:00:00) must be at least Webhooks:MaxEventAge + Webhooks:MaxClockSkew (02:05:00)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortBootstrapKeyIsRefused()
    {
        var message = await StartFailureAsync("--environment=Development", "--Admin:BootstrapApiKey=short");

        Assert.Contains("Admin:BootstrapApiKey", message, StringComparison.Ordinal);
    }
}
