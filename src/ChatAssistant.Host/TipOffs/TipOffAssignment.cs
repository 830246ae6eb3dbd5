namespace ChatAssistant.Host.TipOffs;

/// <summary>The body of <c>POST /api/admin/tipoffs/{id}/assign</c>: the officer to give the report to, or null for nobody.</summary>
public sealed record TipOffAssignment(string? OaId, long? OfficerId);
