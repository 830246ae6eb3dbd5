namespace ChatAssistant.Conversation.Messages;

/// <summary>Something the bot sends to a resident, in terms no channel owns.</summary>
public sealed record OutboundMessage
{
    public required OutboundMessageKind Kind { get; init; }

    /// <summary>The text; for an image, its caption (may be empty).</summary>
    public string Text { get; init; } = "";

    /// <summary>The picture for <see cref="OutboundMessageKind.Image"/> or the card image for a request-user-info card.</summary>
    public string? MediaUrl { get; init; }

    /// <summary>Card title for <see cref="OutboundMessageKind.RequestUserInfo"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Card subtitle for <see cref="OutboundMessageKind.RequestUserInfo"/>.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The resident's message this answers, when the channel can show the quote.</summary>
    public string? QuoteMessageId { get; init; }

    public static OutboundMessage FromText(string text) => new() { Kind = OutboundMessageKind.Text, Text = text };

    public static OutboundMessage FromImage(string url, string caption = "") =>
        new() { Kind = OutboundMessageKind.Image, MediaUrl = url, Text = caption };

    public static OutboundMessage AskUserInfo(string title, string subtitle, string imageUrl) =>
        new() { Kind = OutboundMessageKind.RequestUserInfo, Title = title, Subtitle = subtitle, MediaUrl = imageUrl };
}
