namespace ChatAssistant.Features.Handoffs;

/// <summary>A conversation handed to an officer: while open, the bot leaves the resident to the officer.</summary>
/// <param name="Status">One of <see cref="HandoffStatus"/>.</param>
/// <param name="OfficerId">The officer who last replied, if any.</param>
public sealed record Handoff(
    long Id,
    string OaId,
    string UserId,
    string Status,
    DateTimeOffset OpenedAt,
    long? OfficerId,
    DateTimeOffset? LastOfficerMessageAt)
{
    public bool IsOpen => Status != HandoffStatus.Closed;
}
