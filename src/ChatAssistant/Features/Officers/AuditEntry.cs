namespace ChatAssistant.Features.Officers;

/// <summary>One row of the audit table as leaders read it.</summary>
/// <param name="OfficerId">Null for the bootstrap admin and for what the service did on its own.</param>
/// <param name="OaId">Null for entries of no account (sign-ins, officer management).</param>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    long? OfficerId,
    string Actor,
    string Action,
    string? OaId,
    string? Subject,
    string? Detail);
