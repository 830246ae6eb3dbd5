namespace ChatAssistant.Zalo.Api;

/// <summary>A fresh pair of tokens. The refresh token is single use: persist it before forgetting the old one.</summary>
public sealed record TokenGrant(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt)
{
    // Tokens are credentials: keep them out of logs that print records.
    public override string ToString() => $"TokenGrant {{ ExpiresAt = {ExpiresAt:O} }}";
}
