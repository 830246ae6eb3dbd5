using System.Diagnostics.Metrics;

namespace ChatAssistant.Metrics;

/// <summary>
/// Measures a module reads when they are collected (the outbox backlog), put on the service's meter by the module
/// that owns them: the meter knows no module, every module may record into it.
/// </summary>
public interface IObservedMeasures
{
    void AddTo(Meter meter);
}
