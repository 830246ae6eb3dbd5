namespace ChatAssistant.Host.TipOffs;

/// <summary>The body of <c>POST /api/admin/tipoffs/{id}/notes</c> and <c>/questions</c>: the officer's words.</summary>
public sealed record TipOffText(string? OaId, string? Text);
