namespace ChatAssistant.Features.Broadcasts;

/// <summary>A notice as stored (<c>broadcasts</c>); times are unix milliseconds, UTC.</summary>
/// <remarks>Numbers are <c>long</c> because SQLite hands every integer back as one.</remarks>
public sealed record Broadcast(
    long Id,
    string OaId,
    string Title,
    string Text,
    string? ImageUrl,
    string? Link,
    string Category,
    string Target,
    long Urgent,
    long? SendAt,
    string Status,
    long? CreatedBy,
    long? ApprovedBy,
    long CreatedAt,
    long? ApprovedAt,
    long? StartedAt,
    long? FinishedAt,
    long? Targeted,
    long? OutOfWindow)
{
    public bool IsUrgent => Urgent != 0;

    public BroadcastTarget ParsedTarget => BroadcastTarget.FromJson(Target);
}
