using ChatAssistant.Testing;
using ChatAssistant.Zalo.Api;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Tests.Api;

public sealed class ZnsClientTests : IAsyncLifetime, IDisposable
{
    private const string Token = "access-1";

    private readonly HttpClient _http = new();
    private readonly ManualClock _clock = new();
    private FakeZaloApi _zalo = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync(_clock);
        _zalo.IssueTokens(Token, "refresh-1");
    }

    public async Task DisposeAsync() => await _zalo.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private static ZnsTemplateMessage Reminder(string phone = "84912345678") => new(
        phone,
        "315842",
        new Dictionary<string, string> { ["service_name"] = "Cấp căn cước", ["time"] = "08:30 20/12/2026" },
        "reminder-42-before-02h");

    [Fact]
    public async Task TemplateMessageIsPostedWithTheDocumentedBodyAndMsgIdComesBack()
    {
        var result = await Client().SendAsync(Token, Reminder(), default);

        Assert.Equal(SendDisposition.Delivered, result.Disposition);
        var received = Assert.Single(_zalo.TemplateMessages);
        Assert.Equal("84912345678", received.Phone);
        Assert.Equal("315842", received.TemplateId);
        Assert.Equal("reminder-42-before-02h", received.TrackingId);
        Assert.Equal("Cấp căn cước", received.TemplateData["service_name"]);
        Assert.Equal(Assert.Single(_zalo.Messages).MessageId, result.MessageId);
        Assert.NotNull(result.MessageId);
        Assert.Contains("\"Cấp căn cước\"", Assert.Single(_zalo.Messages).RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuietHoursAnswerIsRetriedAtSixInTheMorning()
    {
        _zalo.EnforceZnsQuietHours = true;
        _clock.UtcNow = new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.FromHours(7));

        var result = await Client().SendAsync(Token, Reminder(), default);

        Assert.Equal(-133, result.ErrorCode);
        Assert.Equal(SendDisposition.RetryLater, result.Disposition);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 6, 0, 0, TimeSpan.FromHours(7)), ZaloErrorClassifier.RetryNotBefore(-133, _clock.UtcNow));
    }

    [Fact]
    public async Task ALocalNumberIsRefusedBeforeAnyRequest()
    {
        var result = await Client().SendAsync(Token, Reminder("0912345678"), default);

        Assert.Equal(SendDisposition.Permanent, result.Disposition);
        Assert.Empty(_zalo.TemplateMessages);
    }

    [Fact]
    public async Task ScriptedFailureIsClassified()
    {
        _zalo.FailNextTemplateSends(-32);

        var first = await Client().SendAsync(Token, Reminder(), default);
        var second = await Client().SendAsync(Token, Reminder(), default);

        Assert.Equal(SendDisposition.RetryLater, first.Disposition);
        Assert.True(second.IsDelivered);
    }

    [Fact]
    public async Task AnInvalidTokenAsksForARefresh()
    {
        var result = await Client().SendAsync("stale", Reminder(), default);

        Assert.Equal(SendDisposition.RefreshTokenThenRetry, result.Disposition);
    }

    [Fact]
    public void BodyHasPhoneTemplateDataAndTrackingId()
    {
        var body = System.Text.Encoding.UTF8.GetString(ZnsClient.Write(Reminder()).Span);

        Assert.Equal(
            """{"phone":"84912345678","template_id":"315842","template_data":{"service_name":"Cấp căn cước","time":"08:30 20/12/2026"},"tracking_id":"reminder-42-before-02h"}""",
            body);
    }

    private ZnsClient Client() => new(_http, Options.Create(_zalo.CreateOptions()));
}
