namespace ChatAssistant.Zalo.Webhooks;

/// <summary>The outcome of checking <c>X-ZEvent-Signature</c>.</summary>
/// <param name="IsValid">Whether any enabled candidate matched.</param>
/// <param name="Variant">
/// Which candidate matched (<c>documented</c>, <c>oa-id</c>, <c>app-secret</c>, <c>oa-id+app-secret</c>),
/// so the logs tell which of the unsettled variants Zalo really uses; null when invalid.
/// </param>
public sealed record SignatureCheck(bool IsValid, string? Variant);
