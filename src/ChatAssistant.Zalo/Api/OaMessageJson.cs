using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Zalo.Api;

/// <summary>Writes the OA API v3 message bodies of zalo-platform.md, section 2, without reflection.</summary>
internal static class OaMessageJson
{
    // The body never lands in HTML, so Vietnamese letters can travel as themselves instead of \uXXXX escapes:
    // smaller requests, and a captured body a person can read.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReadOnlyMemory<byte> Write(string userId, OutboundMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (message.Text.Length * 3));
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("recipient");
            json.WriteString("user_id", userId);
            json.WriteEndObject();
            json.WriteStartObject("message");
            switch (message.Kind)
            {
                case OutboundMessageKind.Text:
                    json.WriteString("text", message.Text);
                    // Zalo documents quoting for text replies only.
                    if (!string.IsNullOrEmpty(message.QuoteMessageId))
                    {
                        json.WriteString("quote_message_id", message.QuoteMessageId);
                    }

                    break;
                case OutboundMessageKind.Image:
                    // An empty caption is left out rather than sent as "" which Zalo may refuse as an invalid parameter.
                    if (!string.IsNullOrEmpty(message.Text))
                    {
                        json.WriteString("text", message.Text);
                    }

                    WriteTemplate(json, "media", e =>
                    {
                        e.WriteString("media_type", "image");
                        e.WriteString("url", message.MediaUrl ?? "");
                    });
                    break;
                case OutboundMessageKind.RequestUserInfo:
                    WriteTemplate(json, "request_user_info", e =>
                    {
                        e.WriteString("title", message.Title ?? "");
                        e.WriteString("subtitle", message.Subtitle ?? "");
                        e.WriteString("image_url", message.MediaUrl ?? "");
                    });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(message), message.Kind, "Unsupported outbound message kind.");
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void WriteTemplate(Utf8JsonWriter json, string templateType, Action<Utf8JsonWriter> writeElement)
    {
        json.WriteStartObject("attachment");
        json.WriteString("type", "template");
        json.WriteStartObject("payload");
        json.WriteString("template_type", templateType);
        json.WriteStartArray("elements");
        json.WriteStartObject();
        writeElement(json);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
