namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>One piece of a report's evidence as officers see it listed: what it is and how its fetch went, never its source URL.</summary>
/// <param name="Sha256">Lowercase hex of the content's SHA-256, once stored: lets an officer show a copy is the one received.</param>
public sealed record EvidenceItem(
    long Id,
    string Kind,
    string Status,
    string? Reason,
    string? ContentType,
    long? Size,
    string? Sha256,
    DateTimeOffset? StoredAt);
