namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>The <c>tipoff_evidence.status</c> values: pending until fetched, then stored, rejected (by a limit) or failed (could not be had).</summary>
public static class EvidenceStatus
{
    public const string Pending = "pending";
    public const string Stored = "stored";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
}
