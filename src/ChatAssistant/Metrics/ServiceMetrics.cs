using System.Diagnostics.Metrics;
using System.Globalization;
using ChatAssistant.Zalo.Api;

namespace ChatAssistant.Metrics;

/// <summary>The service's instruments, all on one meter (<see cref="MeterName"/>): the code that measures calls one method here.</summary>
/// <remarks>
/// Tags are few and bounded (an outcome, a Zalo error code, an API): never an account, a resident or a message. Measures
/// read when collected are put on the meter by the modules that own them (<see cref="IObservedMeasures"/>).
/// </remarks>
public sealed class ServiceMetrics
{
    public const string MeterName = "ChatAssistant";

    // Seconds, from a quick turn to a backlog of a minute; the exporter's own defaults are meant for milliseconds.
    private static readonly InstrumentAdvice<double> TurnBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    // Seconds, from on time to a day late (a reminder missed while the service was down).
    private static readonly InstrumentAdvice<double> LatenessBuckets = new()
    {
        HistogramBucketBoundaries = [1, 5, 15, 60, 300, 900, 3600, 21600, 86400],
    };

    private readonly TimeProvider _clock;
    private readonly Counter<long> _webhookRequests;
    private readonly Histogram<double> _inboxLag;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _zaloErrors;
    private readonly Counter<long> _tokenRefreshes;
    private readonly Counter<long> _remindersFired;
    private readonly Histogram<double> _reminderLateness;
    private readonly Counter<long> _broadcastMessages;
    private readonly Counter<long> _broadcastsFinished;

    public ServiceMetrics(IMeterFactory meters, IEnumerable<IObservedMeasures> observed, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _clock = clock;
        var meter = meters.Create(MeterName);
        _webhookRequests = meter.CreateCounter<long>("chatassistant.webhook.requests", "{request}",
            "Webhook requests answered, by outcome: accepted, duplicate and ignored are acknowledged with 200, the others refused.");
        _inboxLag = meter.CreateHistogram("chatassistant.inbox.lag", "s",
            "From the webhook's receipt (or a service event's raising) to the start of its turn.", tags: null, advice: TurnBuckets);
        _turnDuration = meter.CreateHistogram("chatassistant.turn.duration", "s",
            "A turn from its start to its commit (or its parking after the last attempt).", tags: null, advice: TurnBuckets);
        _deliveries = meter.CreateCounter<long>("chatassistant.outbox.deliveries", "{message}",
            "Outbox delivery attempts, by the channel's answer: sent, retry_later or failed.");
        _zaloErrors = meter.CreateCounter<long>("chatassistant.zalo.send_errors", "{error}",
            "Zalo's error codes answered to sends, by code and API (message or zns); network and unexpected for no Zalo answer.");
        _tokenRefreshes = meter.CreateCounter<long>("chatassistant.token.refreshes", "{refresh}",
            "Access token refreshes, by outcome: refreshed, failed or no_refresh_token.");
        _remindersFired = meter.CreateCounter<long>("chatassistant.reminders.fired", "{reminder}",
            "Reminder jobs fired, retries and quiet-hour deferrals included.");
        _reminderLateness = meter.CreateHistogram("chatassistant.reminders.lateness", "s",
            "How long after the time it was set for a reminder fired (one missed while the service was down runs late at the next start).", tags: null, advice: LatenessBuckets);
        _broadcastMessages = meter.CreateCounter<long>("chatassistant.broadcast.messages", "{message}",
            "Notice messages handed to the outbox, one per recipient.");
        _broadcastsFinished = meter.CreateCounter<long>("chatassistant.broadcasts.finished", "{broadcast}",
            "Notices whose sending ended: every recipient sent, failed or skipped.");
        foreach (var measures in observed)
        {
            measures.AddTo(meter);
        }
    }

    /// <param name="outcome">The outcome's word: accepted, duplicate, ignored, stale, unauthorized, malformed, too_large.</param>
    public void WebhookAnswered(string outcome) => _webhookRequests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Records the envelope's wait in the inbox; returns the start to hand to <see cref="TurnEnded"/>.</summary>
    public long TurnStarted(long receivedAtMs)
    {
        var lag = _clock.GetUtcNow().ToUnixTimeMilliseconds() - receivedAtMs;
        _inboxLag.Record(Math.Max(0, lag) / 1000.0);
        return _clock.GetTimestamp();
    }

    public void TurnEnded(long startedAt) => _turnDuration.Record(_clock.GetElapsedTime(startedAt).TotalSeconds);

    /// <param name="outcome">The channel's answer: sent, retry_later or failed.</param>
    public void Delivered(string outcome) => _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts Zalo's error code, if any, and hands the answer back.</summary>
    public OaSendResult ZaloAnswered(string api, OaSendResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.ErrorCode != 0)
        {
            _zaloErrors.Add(1, new KeyValuePair<string, object?>("code", Code(result.ErrorCode)), new KeyValuePair<string, object?>("api", api));
        }
        return result;
    }

    public void TokenRefreshed(string outcome) => _tokenRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <param name="lateness">When the trigger fired past the time it was set for: a reminder missed while the service was down
    /// fires at the next start, and a deferral (ZNS quiet hours, a retry) is set for its own time, so it counts no lateness.</param>
    public void ReminderFired(TimeSpan lateness)
    {
        _remindersFired.Add(1);
        _reminderLateness.Record(Math.Max(0, lateness.TotalSeconds));
    }

    public void BroadcastMessagesQueued(int count)
    {
        if (count > 0)
        {
            _broadcastMessages.Add(count);
        }
    }

    public void BroadcastFinished() => _broadcastsFinished.Add(1);

    private static string Code(int code) => code switch
    {
        OaSendResult.NetworkFailureCode => "network",
        OaSendResult.UnexpectedResponseCode => "unexpected",
        _ => code.ToString(CultureInfo.InvariantCulture),
    };
}
