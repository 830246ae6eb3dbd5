namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>A piece of evidence as officers list it: the plain columns, and the content's SHA-256 once stored.</summary>
/// <param name="Status">pending, stored, rejected or failed.</param>
/// <param name="Reason">A short code for a refusal or failure ('too-large', 'type', ...).</param>
/// <param name="Sha256">Lower-case hex of the content's hash, for the handover's chain of custody; null until stored.</param>
public sealed record TipOffEvidenceItem(
    long Id,
    string Kind,
    string Status,
    string? Reason,
    string? ContentType,
    long? Size,
    string? Sha256,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StoredAt);
