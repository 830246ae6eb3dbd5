namespace ChatAssistant.Messaging.Outbox;

public enum DeliveryOutcome
{
    Delivered,
    /// <summary>A passing failure (network, rate limit, quota, token refreshed too late): try again.</summary>
    RetryLater,
    /// <summary>It will never go through on this channel (not a follower, out of the window, ...): record it.</summary>
    Failed,
}
