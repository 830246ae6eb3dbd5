using ChatAssistant.Accounts;
using ChatAssistant.Channels;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Messaging.Templates;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using ChatAssistant.Tests.Features.TipOffs;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Channels;

/// <summary>ZNS through the account's token, against the fake Zalo API.</summary>
public sealed class ZaloTemplateChannelTests : IAsyncLifetime
{
    private const string OaId = "oa-1";
    private readonly ManualClock _clock = new();
    private readonly HttpClient _http = new();
    private readonly TestMeters _meters = new();
    private TestDatabase _database = null!;
    private FakeZaloApi _zalo = null!;

    private static readonly TemplateMessage Reminder = new(
        "84912345678", "315842", new Dictionary<string, string> { ["ticket"] = "A-012" }, "reminder-42-before-120m");

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create();
        _zalo = await FakeZaloApi.StartAsync(_clock);
        _zalo.IssueTokens("access-seed", "refresh-seed");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _meters.Dispose();
        await _zalo.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ExpiredTokenIsRefreshedOnceAndTheMessageSent()
    {
        var channel = await CreateAsync();
        _zalo.ExpireAccessToken("access-seed");

        var result = await channel.SendAsync(OaId, Reminder, default);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(1, _zalo.RefreshCount);
        var sent = Assert.Single(_zalo.TemplateMessages, t => t.Accepted);
        Assert.Equal(("84912345678", "reminder-42-before-120m"), (sent.Phone, sent.TrackingId));
    }

    [Fact]
    public async Task QuietHoursRefusalIsRetriedAtSixInVietnam()
    {
        var channel = await CreateAsync();
        _zalo.EnforceZnsQuietHours = true;
        _clock.UtcNow = new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.FromHours(7));

        var result = await channel.SendAsync(OaId, Reminder, default);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.Equal(-133, result.ErrorCode);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 6, 0, 0, TimeSpan.FromHours(7)), result.RetryNotBefore);
    }

    [Fact]
    public async Task ZalosRefusalsAreCountedByCodeForZns()
    {
        using var errors = _meters.Collect<long>("chatassistant.zalo.send_errors");
        var channel = await CreateAsync();
        _zalo.ExpireAccessToken("access-seed");

        await channel.SendAsync(OaId, Reminder, default);

        var refusal = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal(("-216", "zns"), ((string)refusal.Tags["code"]!, (string)refusal.Tags["api"]!));
    }

    private async Task<ZaloTemplateChannel> CreateAsync()
    {
        var options = _zalo.CreateOptions();
        options.Accounts.Add(new OfficialAccountOptions { OaId = OaId, Name = "Phường 1", AccessToken = "access-seed", RefreshToken = "refresh-seed" });
        var wrapped = Options.Create(options);
        var metrics = _meters.Service(_database.Connections, _clock);
        var tokens = new AccessTokens(_database.Writer, _database.Connections, new ZaloOAuthClient(_http, wrapped, _clock),
            new TokenSeal(new TipOffCipher(TipOffKeys.Options())), new WalTrim(_database.Connections, _clock, NullLogger<WalTrim>.Instance),
            wrapped, metrics, _clock, NullLogger<AccessTokens>.Instance);
        await tokens.LoadAsync();
        return new ZaloTemplateChannel(new ZnsClient(_http, wrapped), tokens, metrics, _clock);
    }
}
