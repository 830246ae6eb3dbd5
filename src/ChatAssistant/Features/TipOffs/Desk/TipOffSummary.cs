namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>A line of the officers' list: nothing decrypted, so listing reveals no report's words.</summary>
/// <param name="EvidenceCount">Every piece the reporter sent.</param>
/// <param name="EvidenceStored">Those fetched and stored so far.</param>
/// <param name="HasOpenQuestion">An officer's question the reporter has not answered yet.</param>
public sealed record TipOffSummary(
    long Id,
    string Category,
    string Status,
    bool Anonymous,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OccurredAt,
    long? AssignedOfficerId,
    int EvidenceCount,
    int EvidenceStored,
    bool HasOpenQuestion);
