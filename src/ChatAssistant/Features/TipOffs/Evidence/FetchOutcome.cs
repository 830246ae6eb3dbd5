namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>How one fetch ended: stored (with its file), rejected or failed for good, or worth another try later.</summary>
/// <param name="Status">An <see cref="EvidenceStatus"/> value; <see cref="EvidenceStatus.Pending"/> means try again.</param>
/// <param name="Reason">An <see cref="EvidenceReason"/> code; for a retry, the reason recorded if tries run out.</param>
public sealed record FetchOutcome(string Status, string? Reason, FetchedFile? File = null)
{
    public static FetchOutcome Stored(FetchedFile file) => new(EvidenceStatus.Stored, null, file);

    public static FetchOutcome Rejected(string reason) => new(EvidenceStatus.Rejected, reason);

    public static FetchOutcome Failed(string reason) => new(EvidenceStatus.Failed, reason);

    public static FetchOutcome Retry(string reason) => new(EvidenceStatus.Pending, reason);
}
