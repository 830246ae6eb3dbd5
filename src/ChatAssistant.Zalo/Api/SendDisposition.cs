namespace ChatAssistant.Zalo.Api;

/// <summary>What the sender should do with a message after Zalo (or the network) answered.</summary>
public enum SendDisposition
{
    /// <summary>Zalo accepted the message (<c>error</c> 0).</summary>
    Delivered,

    /// <summary>Nothing is wrong with the message itself: try again later (rate limit, quota, quiet hours, network).</summary>
    RetryLater,

    /// <summary>The access token was refused: refresh it, then retry once.</summary>
    RefreshTokenThenRetry,

    /// <summary>Retrying the same request cannot succeed: fall back or give up.</summary>
    Permanent,
}
