using System.Diagnostics.Metrics;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;
using ChatAssistant.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace ChatAssistant.Testing;

/// <summary>A meter factory of the test's own: its collectors see this test's measurements, never those of a test running beside it.</summary>
public sealed class TestMeters : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();

    /// <summary>The service's instruments on this factory, reading the outbox of <paramref name="connections"/>.</summary>
    public ServiceMetrics Service(SqliteConnectionFactory connections, TimeProvider clock) => new(Factory, [new OutboxGauges(new OutboxBacklog(connections), clock)], clock);

    public MetricCollector<T> Collect<T>(string instrument)
        where T : struct => Collect<T>(Factory, instrument);

    /// <summary>Collects one of the service's instruments as made by <paramref name="factory"/> (a running host's), and no other's.</summary>
    public static MetricCollector<T> Collect<T>(IMeterFactory factory, string instrument)
        where T : struct => new(factory, ServiceMetrics.MeterName, instrument);

    public void Dispose() => _services.Dispose();
}
