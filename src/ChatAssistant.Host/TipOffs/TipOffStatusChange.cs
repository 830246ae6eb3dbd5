namespace ChatAssistant.Host.TipOffs;

/// <summary>The body of <c>POST /api/admin/tipoffs/{id}/status</c>: the next status and why (required for transferred and rejected).</summary>
public sealed record TipOffStatusChange(string? OaId, string? Status, string? Note);
