using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Conversation.Activities;

/// <summary>One thing that happened in a conversation, in terms no channel owns.</summary>
/// <remarks>
/// A channel (Zalo today) maps its events to this shape so that dialogs and features never
/// see channel types. Fields that do not apply to a kind stay null or empty.
/// </remarks>
public sealed record Activity
{
    public required ActivityType Type { get; init; }

    /// <summary>The official account (bot identity) the activity belongs to.</summary>
    public required string AccountId { get; init; }

    /// <summary>The resident on the other side; every lane and state is keyed by it.</summary>
    public required string UserId { get; init; }

    /// <summary>The channel's own name for the event (e.g. <c>user_send_text</c>), kept for logs and audits.</summary>
    public required string ChannelEventName { get; init; }

    public string? MessageId { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    /// <remarks>Half an emoji (a lone surrogate) is replaced by a space here, once: phones send them, and string
    /// normalization everywhere downstream would throw on one (issue 14).</remarks>
    public string? Text { get; init => field = value is null ? null : VietnameseText.RemoveLoneSurrogates(value); }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public GeoLocation? Location { get; init; }

    public SubmittedInfo? SubmittedInfo { get; init; }

    /// <summary>The message the resident replied to, when they used "reply".</summary>
    public string? QuoteMessageId { get; init; }

    /// <summary>Messages a receipt or reaction refers to.</summary>
    public IReadOnlyList<string> ReferencedMessageIds { get; init; } = [];

    /// <summary>The reaction icon for <see cref="ActivityType.Reaction"/>.</summary>
    public string? Reaction { get; init; }

    /// <summary>Where a follow came from (profile page, invitation, plugin).</summary>
    public string? Source { get; init; }

    /// <summary>The staff member who typed a <see cref="ActivityType.StaffMessage"/>.</summary>
    public string? StaffId { get; init; }

    /// <summary>Which <see cref="ActivityType.Event"/> this is (e.g. <c>satisfaction-survey</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The event's data, as its raiser wrote it (JSON).</summary>
    public string? Value { get; init; }
}
