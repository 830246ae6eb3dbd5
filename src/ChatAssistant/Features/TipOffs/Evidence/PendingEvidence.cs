namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>An evidence row still to fetch: its sealed source and how many tries it has had.</summary>
public sealed record PendingEvidence(long Id, long TipOffId, string Kind, byte[] SourceCipher, long Attempts);
