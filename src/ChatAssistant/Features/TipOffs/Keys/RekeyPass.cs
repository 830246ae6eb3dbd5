namespace ChatAssistant.Features.TipOffs.Keys;

/// <summary>What one rekeying pass did, in counts (the audit row and the log carry nothing else).</summary>
/// <param name="Values">Sealed values re-sealed with the current key.</param>
/// <param name="Files">Evidence files the evidence store re-encrypted.</param>
/// <param name="Unreadable">Values that open with no configured key: their key was removed too early; they stay as they are.</param>
/// <param name="ChangedMeanwhile">Values rewritten by someone else between the read and the write; the next pass looks again.</param>
/// <param name="FileFailures">Files the evidence store could not re-encrypt; the next pass tries again.</param>
public sealed record RekeyPass(int Values, int Files, int Unreadable, int ChangedMeanwhile, int FileFailures)
{
    public static RekeyPass None { get; } = new(0, 0, 0, 0, 0);

    public bool ChangedAnything => Values + Files > 0;

    /// <summary>True when another pass may still find something to do.</summary>
    public bool LeftWork => ChangedMeanwhile > 0 || FileFailures > 0;

    internal RekeyPass Plus(RekeyPass other) => new(
        Values + other.Values, Files + other.Files, Unreadable + other.Unreadable,
        ChangedMeanwhile + other.ChangedMeanwhile, FileFailures + other.FileFailures);
}
