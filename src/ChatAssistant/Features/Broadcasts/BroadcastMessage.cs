using System.Globalization;
using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>The one message residents receive for a notice: the title as a capitalised first line, the text, the link.</summary>
/// <remarks>
/// Zalo text has no bold, so the title stands out in capitals. With a picture, the same words are the image's caption:
/// one request per resident either way, which is what the rate limit counts and what the report counts.
/// </remarks>
public static class BroadcastMessage
{
    /// <summary>Zalo's limit for a message's text; a notice must fit in one message.</summary>
    public const int MaxLength = 2000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Words(string title, string text, string? link)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var words = title.Trim().ToUpper(Vietnamese) + "\n\n" + text.Trim();
        return string.IsNullOrWhiteSpace(link) ? words : words + "\n\n" + link.Trim();
    }

    public static OutboundMessage Compose(string title, string text, string? imageUrl, string? link)
    {
        var words = Words(title, text, link);
        return string.IsNullOrWhiteSpace(imageUrl) ? OutboundMessage.FromText(words) : OutboundMessage.FromImage(imageUrl.Trim(), words);
    }

    public static OutboundMessage Compose(Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        return Compose(broadcast.Title, broadcast.Text, broadcast.ImageUrl, broadcast.Link);
    }
}
