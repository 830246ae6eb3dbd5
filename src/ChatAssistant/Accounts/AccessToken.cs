namespace ChatAssistant.Accounts;

/// <summary>An account's live token pair. Secrets: never log them.</summary>
public sealed record AccessToken(string? Token, string? RefreshToken, DateTimeOffset? ExpiresAt);
