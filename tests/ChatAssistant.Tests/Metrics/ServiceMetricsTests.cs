using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using ChatAssistant.Webhooks;
using ChatAssistant.Zalo.Api;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Metrics;

/// <summary>What each instrument records, read back through a meter listener as an exporter would.</summary>
public sealed class ServiceMetricsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly TestMeters _meters = new();
    private TestDatabase _database = null!;
    private ServiceMetrics _metrics = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.Create();
        _metrics = _meters.Service(_database.Connections, _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _meters.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public void WebhookAnswersAreCountedByOutcome()
    {
        using var requests = _meters.Collect<long>("chatassistant.webhook.requests");

        _metrics.WebhookAnswered(WebhookOutcome.Accepted.Word());
        _metrics.WebhookAnswered(WebhookOutcome.Accepted.Word());
        _metrics.WebhookAnswered(WebhookOutcome.TooLarge.Word());
        _metrics.WebhookAnswered(WebhookOutcome.Stale.Word());

        Assert.Equal(["accepted", "accepted", "too_large", "stale"], requests.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
    }

    [Fact]
    public void ATurnRecordsItsWaitInTheInboxAndItsOwnDuration()
    {
        using var lag = _meters.Collect<double>("chatassistant.inbox.lag");
        using var duration = _meters.Collect<double>("chatassistant.turn.duration");
        var receivedAt = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        _clock.Advance(TimeSpan.FromMilliseconds(2500));

        var started = _metrics.TurnStarted(receivedAt);
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        _metrics.TurnEnded(started);

        Assert.Equal(2.5, lag.LastMeasurement!.Value);
        Assert.Equal(0.3, duration.LastMeasurement!.Value, precision: 6);
    }

    [Fact]
    public void ZaloErrorsAreCountedByCodeAndApiAndAcceptedSendsAreNot()
    {
        using var errors = _meters.Collect<long>("chatassistant.zalo.send_errors");

        _metrics.ZaloAnswered("message", OaSendResult.FromZalo(0, "Success", "m-1"));
        _metrics.ZaloAnswered("message", OaSendResult.FromZalo(-216, "Access token is invalid", null));
        _metrics.ZaloAnswered("zns", OaSendResult.NetworkFailure("connection refused"));

        Assert.Equal(
            [("-216", "message"), ("network", "zns")],
            errors.GetMeasurementSnapshot().Select(m => ((string)m.Tags["code"]!, (string)m.Tags["api"]!)));
    }

    [Fact]
    public void DeliveriesAreCountedByTheChannelsAnswer()
    {
        using var deliveries = _meters.Collect<long>("chatassistant.outbox.deliveries");

        _metrics.Delivered(DeliveryOutcome.Delivered.Word());
        _metrics.Delivered(DeliveryOutcome.RetryLater.Word());
        _metrics.Delivered(DeliveryOutcome.Failed.Word());

        Assert.Equal(["sent", "retry_later", "failed"], deliveries.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
    }

    [Fact]
    public void AReminderFiredLateRecordsHowLate()
    {
        using var fired = _meters.Collect<long>("chatassistant.reminders.fired");
        using var lateness = _meters.Collect<double>("chatassistant.reminders.lateness");

        _metrics.ReminderFired(TimeSpan.FromMinutes(3));
        _metrics.ReminderFired(TimeSpan.Zero);

        Assert.Equal(2, fired.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal([180.0, 0.0], lateness.GetMeasurementSnapshot().Select(m => m.Value));
    }

    [Fact]
    public async Task TheOutboxGaugesReadTheBacklogAndTheAgeOfItsOldestMessage()
    {
        using var backlog = _meters.Collect<long>("chatassistant.outbox.backlog");
        using var age = _meters.Collect<double>("chatassistant.outbox.oldest_age");
        var outbox = new MessageOutbox(_database.Writer, _database.Connections, _clock);

        backlog.RecordObservableInstruments();
        age.RecordObservableInstruments();
        Assert.Equal((0L, 0.0), (backlog.LastMeasurement!.Value, age.LastMeasurement!.Value));

        await outbox.AppendOutgoingAsync("oa-1", "u-1", "turn:1", [OutboundMessage.FromText("Xin chào"), OutboundMessage.FromText("Xin cảm ơn")]);
        _clock.Advance(TimeSpan.FromSeconds(90));
        await outbox.AppendOutgoingAsync("oa-1", "u-2", "turn:2", [OutboundMessage.FromText("Xin chào")]);

        backlog.RecordObservableInstruments();
        age.RecordObservableInstruments();
        Assert.Equal((3L, 90.0), (backlog.LastMeasurement!.Value, age.LastMeasurement!.Value));
    }

    [Fact]
    public void TheOutboxGaugesReportNothingBeforeTheDatabaseIsMigrated()
    {
        using var folder = new TempFolder();
        using var meters = new TestMeters();
        var empty = new SqliteConnectionFactory(Options.Create(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder.Path, "new.db")}" }));
        meters.Service(empty, _clock);
        using var backlog = meters.Collect<long>("chatassistant.outbox.backlog");

        backlog.RecordObservableInstruments();

        Assert.Empty(backlog.GetMeasurementSnapshot());
        TestDatabase.ReleaseFiles(empty);
    }
}
