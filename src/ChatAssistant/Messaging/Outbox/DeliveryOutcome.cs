namespace ChatAssistant.Messaging.Outbox;

public enum DeliveryOutcome
{
    Delivered,
    /// <summary>A passing failure (network, rate limit, quota, token refreshed too late): try again.</summary>
    RetryLater,
    /// <summary>It will never go through on this channel (not a follower, out of the window, ...): record it.</summary>
    Failed,
}

public static class DeliveryOutcomes
{
    /// <summary>The outcome as the metrics tag it: sent, retry_later or failed.</summary>
    public static string Word(this DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Delivered => "sent",
        DeliveryOutcome.RetryLater => "retry_later",
        _ => "failed",
    };
}
