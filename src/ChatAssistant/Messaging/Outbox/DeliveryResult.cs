namespace ChatAssistant.Messaging.Outbox;

/// <summary>What a channel made of one delivery attempt.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome)
{
    public string? ChannelMessageId { get; init; }
    public int? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }

    /// <summary>For <see cref="DeliveryOutcome.RetryLater"/>: not before this time (quiet hours, quota reset).</summary>
    public DateTimeOffset? RetryNotBefore { get; init; }

    /// <summary>The channel said the account is sending too fast: slow the whole account down, not just this row.</summary>
    public bool AccountThrottled { get; init; }

    /// <summary>
    /// The channel could not be reached for the account (no answer, HTTP 5xx, no usable token): every message of the
    /// account would fail alike, so the account pauses and one message probes, instead of each retrying on its own.
    /// </summary>
    public bool AccountUnavailable { get; init; }

    public static DeliveryResult Delivered(string? channelMessageId) => new(DeliveryOutcome.Delivered) { ChannelMessageId = channelMessageId };
}
