using ChatAssistant.Storage;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Tells the evidence fetcher a report with media was just stored, so Zalo's short-lived URLs are fetched at once.</summary>
public sealed class EvidenceArrivals : ITipOffSubmitted
{
    private readonly WakeSignal _signal = new();

    /// <summary>Call after the transaction that stored the report has committed.</summary>
    public void Notify() => _signal.Notify();

    /// <summary>A report from the chat committed: its media may be waiting.</summary>
    public void Submitted() => Notify();

    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
