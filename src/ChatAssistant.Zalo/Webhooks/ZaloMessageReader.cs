using System.Text.Json;
using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Reads the <c>message</c> object of user messages and echoes: attachments and a shared location.</summary>
internal static class ZaloMessageReader
{
    public static IReadOnlyList<Attachment> Attachments(JsonElement message, string? eventName)
    {
        if (message.Child("attachments") is not { ValueKind: JsonValueKind.Array } items)
        {
            return [];
        }

        var attachments = new List<Attachment>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            // The event name (user_send_business_card) is the surer sign: an item's own type may be
            // generic or missing. Echoes such as oa_send_list fall back to the item's type.
            var kind = KindOf(EventSuffix(eventName)) ?? KindOf(item.Text("type"));
            if (kind is { } known && item.Object("payload") is { } payload)
            {
                attachments.Add(ToAttachment(known, payload));
            }
        }

        return attachments;
    }

    /// <summary>
    /// The shared point, wherever it came: <c>payload.coordinates.{latitude,longitude}</c> (documented),
    /// <c>message.location</c>, or <c>lat</c>/<c>long</c> keys (both reported by integrators).
    /// </summary>
    public static GeoLocation? Location(JsonElement message)
    {
        var address = message.NonBlank("text");
        if (message.Child("attachments") is { ValueKind: JsonValueKind.Array } items)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.Object("payload") is not { } payload)
                {
                    continue;
                }

                if ((ReadPoint(payload.Object("coordinates")) ?? ReadPoint(payload)) is { } found)
                {
                    var itemAddress = address ?? payload.NonBlank("description") ?? payload.NonBlank("address");
                    return new GeoLocation(found.Latitude, found.Longitude, itemAddress);
                }
            }
        }

        return message.Object("location") is { } location && ReadPoint(location) is { } point
            ? new GeoLocation(point.Latitude, point.Longitude, address ?? location.NonBlank("address"))
            : null;
    }

    private static (double Latitude, double Longitude)? ReadPoint(JsonElement? element)
    {
        if (element is not { } e)
        {
            return null;
        }

        var latitude = e.Double("latitude") ?? e.Double("lat");
        var longitude = e.Double("longitude") ?? e.Double("long") ?? e.Double("lng");
        return latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? (latitude.Value, longitude.Value)
            : null;
    }

    private static Attachment ToAttachment(AttachmentKind kind, JsonElement payload) =>
        new(kind, payload.NonBlank("url") ?? payload.NonBlank("href"))
        {
            ThumbnailUrl = payload.NonBlank("thumbnail"),
            Description = payload.NonBlank("description"),
            // A business card carries a title rather than a name in some payloads.
            Name = payload.NonBlank("name") ?? payload.NonBlank("title"),
            Size = payload.Long("size"),
            ContentType = payload.NonBlank("type"),
            ChannelItemId = payload.NonBlank("id") ?? payload.NonBlank("checksum"),
        };

    private static AttachmentKind? KindOf(string? type) => type switch
    {
        "image" or "photo" => AttachmentKind.Image,
        "file" => AttachmentKind.File,
        "audio" or "voice" => AttachmentKind.Audio,
        "video" => AttachmentKind.Video,
        "sticker" => AttachmentKind.Sticker,
        "gif" => AttachmentKind.Gif,
        "link" => AttachmentKind.Link,
        "business_card" or "contact" => AttachmentKind.BusinessCard,
        _ => null,
    };

    /// <summary><c>user_send_image</c> and <c>anonymous_send_image</c> give <c>image</c>.</summary>
    private static string? EventSuffix(string? eventName)
    {
        var index = eventName?.IndexOf("_send_", StringComparison.Ordinal) ?? -1;
        return index < 0 ? null : eventName![(index + "_send_".Length)..];
    }
}
