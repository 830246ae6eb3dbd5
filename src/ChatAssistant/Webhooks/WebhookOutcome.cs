namespace ChatAssistant.Webhooks;

/// <summary>What became of one webhook request; the endpoint maps it to an HTTP status.</summary>
public enum WebhookOutcome
{
    /// <summary>Stored in the inbox; its turn will run.</summary>
    Accepted,
    /// <summary>Already stored earlier (Zalo redelivered it); acknowledged, not stored again.</summary>
    Duplicate,
    /// <summary>Stored and acknowledged, but nothing to do (unknown event, account not served).</summary>
    Ignored,
    /// <summary>Stored and acknowledged, but signed outside the freshness window (<see cref="WebhookOptions"/>): never answered.</summary>
    Stale,
    /// <summary>Missing or wrong signature: 401, nothing stored.</summary>
    Unauthorized,
    /// <summary>Not a JSON object, or no event_name: 400.</summary>
    Malformed,
    /// <summary>Larger than the limit: 413.</summary>
    TooLarge,
}

public static class WebhookOutcomes
{
    /// <summary>The outcome as the metrics tag it: a word, in snake case.</summary>
    public static string Word(this WebhookOutcome outcome) => outcome switch
    {
        WebhookOutcome.Accepted => "accepted",
        WebhookOutcome.Duplicate => "duplicate",
        WebhookOutcome.Ignored => "ignored",
        WebhookOutcome.Stale => "stale",
        WebhookOutcome.Unauthorized => "unauthorized",
        WebhookOutcome.Malformed => "malformed",
        WebhookOutcome.TooLarge => "too_large",
        _ => "other",
    };
}
