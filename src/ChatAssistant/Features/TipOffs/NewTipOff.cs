namespace ChatAssistant.Features.TipOffs;

/// <summary>A report as the resident confirmed it. For an anonymous report <see cref="UserId"/> and <see cref="Contact"/> are not stored.</summary>
public sealed record NewTipOff(
    string OaId,
    string Category,
    string Text,
    bool Anonymous,
    string? UserId = null,
    string? Contact = null,
    DateTimeOffset? OccurredAt = null,
    string? Location = null)
{
    /// <summary>Media the resident sent, still at Zalo's URLs: stored as pending and fetched in the background.</summary>
    public IReadOnlyList<EvidenceSource> Evidence { get; init; } = [];

    /// <summary>
    /// <see cref="OccurredAt"/> is the moment the resident answered ("đang", "vừa"), not a time they stated: for an
    /// anonymous report it is kept to the hour, like the report's own times.
    /// </summary>
    public bool OccurredAtFromClock { get; init; }
}
