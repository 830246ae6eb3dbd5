using ChatAssistant.Storage;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Tells the evidence fetcher a report with media was just stored, so Zalo's short-lived URLs are fetched at once.</summary>
public sealed class EvidenceArrivals
{
    private readonly WakeSignal _signal = new();

    /// <summary>Call after the transaction that stored the report has committed.</summary>
    public void Notify() => _signal.Notify();

    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
