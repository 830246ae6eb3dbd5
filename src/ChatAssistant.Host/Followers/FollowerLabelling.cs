namespace ChatAssistant.Host.Followers;

/// <summary>The body of <c>POST /api/admin/followers/tags</c>: a label to put on (or, with <c>remove</c>, take off) residents.</summary>
public sealed record FollowerLabelling(string? OaId, string? Label, IReadOnlyList<string>? UserIds, bool Remove = false);
