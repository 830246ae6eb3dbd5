using System.Text;
using System.Text.Json;

namespace ChatAssistant.Zalo.Webhooks;

/// <summary>
/// Reads the <see cref="WebhookEnvelope"/> out of a raw webhook body in one forward pass.
/// </summary>
/// <remarks>
/// This runs on every request inside Zalo's 2-second deadline (target 5,000 requests/s on two
/// cores), so it uses <see cref="Utf8JsonReader"/> directly: no DOM, no reflection serializer,
/// and strings are allocated only for the handful of fields it keeps.
/// Which fields name the OA and the resident depends on the event; see <see cref="EventFamilies"/>.
/// </remarks>
public static class WebhookEnvelopeReader
{
    /// <summary>Returns null when the body is not one well-formed JSON object.</summary>
    public static WebhookEnvelope? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            return Read(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static WebhookEnvelope? Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? eventName = null, appId = null, oaId = null, userId = null, timestamp = null;
        string? senderId = null, recipientId = null, followerId = null, messageId = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("event_name"u8)) eventName = ReadScalar(ref reader);
            else if (reader.ValueTextEquals("app_id"u8)) appId = ReadScalar(ref reader);
            else if (reader.ValueTextEquals("oa_id"u8)) oaId = ReadScalar(ref reader);
            else if (reader.ValueTextEquals("user_id"u8)) userId = ReadScalar(ref reader);
            else if (reader.ValueTextEquals("timestamp"u8)) timestamp = ReadScalar(ref reader);
            else if (reader.ValueTextEquals("sender"u8)) senderId = ReadChild(ref reader, "id"u8);
            else if (reader.ValueTextEquals("recipient"u8)) recipientId = ReadChild(ref reader, "id"u8);
            else if (reader.ValueTextEquals("follower"u8)) followerId = ReadChild(ref reader, "id"u8);
            else if (reader.ValueTextEquals("message"u8)) messageId = ReadChild(ref reader, "msg_id"u8);
            else SkipValue(ref reader);
        }

        // Reading past the root object throws on trailing garbage, so "{}x" is not an object.
        if (reader.Read())
        {
            return null;
        }

        var fields = new ParticipantFields(oaId, userId, senderId, recipientId, followerId);
        var (accountId, residentId) = EventFamilies.Participants(EventFamilies.Of(eventName), fields);
        return new WebhookEnvelope(eventName, appId, accountId, residentId, messageId, timestamp);
    }

    /// <summary>
    /// Reads the value after a property name as text. Zalo sends ids and timestamps as strings,
    /// but a number is kept as its raw text so a large id never loses digits to a double.
    /// </summary>
    private static string? ReadScalar(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>Reads one property of the object that follows; anything else is skipped.</summary>
    private static string? ReadChild(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(name)) value = ReadScalar(ref reader);
            else SkipValue(ref reader);
        }

        return value;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}
