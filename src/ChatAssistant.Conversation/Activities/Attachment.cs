namespace ChatAssistant.Conversation.Activities;

/// <summary>A file, picture or other media the resident sent.</summary>
public sealed record Attachment(AttachmentKind Kind, string? Url)
{
    public string? ThumbnailUrl { get; init; }
    public string? Name { get; init; }
    public long? Size { get; init; }
    public string? ContentType { get; init; }
    public string? Description { get; init; }
    /// <summary>The channel's id for the item (e.g. a sticker id) or a file checksum.</summary>
    public string? ChannelItemId { get; init; }
}
