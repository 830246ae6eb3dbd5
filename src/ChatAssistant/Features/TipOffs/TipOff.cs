namespace ChatAssistant.Features.TipOffs;

/// <summary>A stored report, decrypted for officers.</summary>
public sealed record TipOff(
    long Id,
    string OaId,
    string Category,
    string Status,
    bool Anonymous,
    string Text,
    string? Contact,
    string? UserId,
    DateTimeOffset? OccurredAt,
    string? Location,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt);
