namespace ChatAssistant.Host.Officers;

/// <summary>The body of <c>POST /api/admin/officers</c>.</summary>
/// <param name="Role"><c>admin</c> or <c>officer</c>.</param>
/// <param name="OaIds">The accounts an officer works for; at least one for the <c>officer</c> role.</param>
public sealed record NewOfficer(string? Name, string? Role, IReadOnlyList<string>? OaIds);
