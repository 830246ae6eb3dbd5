namespace ChatAssistant.Host.Officers;

/// <summary>The body of <c>POST /api/admin/handoffs/{id}/messages</c>: what the officer tells the resident.</summary>
public sealed record OfficerReply(string? Text);
