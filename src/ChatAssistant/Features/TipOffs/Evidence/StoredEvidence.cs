namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>A stored evidence file, as a download needs it.</summary>
public sealed record StoredEvidence(long Id, long TipOffId, string FileName, string ContentType, long Size);
