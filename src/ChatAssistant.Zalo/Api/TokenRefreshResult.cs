namespace ChatAssistant.Zalo.Api;

/// <summary>The outcome of a token refresh.</summary>
/// <param name="Grant">The new tokens, or null when the refresh failed.</param>
/// <param name="Error">What Zalo or the network said, for logs and the operator.</param>
/// <param name="IsPermanent">True when retrying with the same refresh token cannot succeed: the OA must be authorised again.</param>
public sealed record TokenRefreshResult(TokenGrant? Grant, string? Error, bool IsPermanent)
{
    public bool Succeeded => Grant is not null;

    public static TokenRefreshResult Success(TokenGrant grant) => new(grant, null, false);

    public static TokenRefreshResult Transient(string error) => new(null, error, false);

    public static TokenRefreshResult Rejected(string error) => new(null, error, true);
}
