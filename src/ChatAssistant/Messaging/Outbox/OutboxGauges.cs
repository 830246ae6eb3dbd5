using System.Diagnostics.Metrics;
using ChatAssistant.Metrics;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>The outbox's backlog as gauges, read from the database only when something collects them (a scrape of <c>/metrics</c>).</summary>
public sealed class OutboxGauges(OutboxBacklog backlog, TimeProvider clock) : IObservedMeasures
{
    public void AddTo(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        meter.CreateObservableGauge("chatassistant.outbox.backlog", () => Observe(w => w.Count), "{message}",
            "Messages waiting in the outbox, pending or being sent.");
        meter.CreateObservableGauge("chatassistant.outbox.oldest_age", () => Observe(OldestAge), "s",
            "How long the oldest unsent message has waited; 0 when none waits.");
    }

    private double OldestAge(OutboxWaiting waiting) =>
        waiting.OldestCreatedAt is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;

    // Before the schema exists, or while the file is unreadable, there is nothing to report: the health check says why.
    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxWaiting, T> value)
        where T : struct
    {
        OutboxWaiting waiting;
        try
        {
            waiting = backlog.Read();
        }
        catch (SqliteException)
        {
            return [];
        }
        return [new Measurement<T>(value(waiting))];
    }
}
