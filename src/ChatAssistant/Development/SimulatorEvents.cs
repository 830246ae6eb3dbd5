using System.Globalization;
using System.Text.Json;

namespace ChatAssistant.Development;

/// <summary>Writes simulator input as the Zalo webhook event a real resident's action would produce.</summary>
public static class SimulatorEvents
{
    public static byte[] Build(SimulatorInput input, string oaId, string appId, string timestamp)
    {
        var msgId = Guid.NewGuid().ToString("N");
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("app_id", appId);
            json.WriteString("user_id_by_app", "app-" + input.UserId);
            json.WriteString("timestamp", timestamp);
            switch (input)
            {
                case { Event: "follow" or "unfollow" }:
                    json.WriteString("event_name", input.Event);
                    json.WriteString("oa_id", oaId);
                    json.WriteString("source", "oa_profile");
                    WriteId(json, "follower", input.UserId);
                    break;
                case { Event: "user_click_chatnow" }:
                    json.WriteString("event_name", input.Event);
                    json.WriteString("oa_id", oaId);
                    json.WriteString("user_id", input.UserId);
                    break;
                case { Event: { } other }:
                    throw new ArgumentException($"Unknown simulator event '{other}'.", nameof(input));
                case { SubmitInfo: { } info }:
                    json.WriteString("event_name", "user_submit_info");
                    WriteParticipants(json, input.UserId, oaId);
                    json.WriteStartObject("info");
                    json.WriteString("name", info.Name);
                    json.WriteString("phone", info.Phone);
                    json.WriteString("address", info.Address);
                    json.WriteEndObject();
                    break;
                case { Location: { } location }:
                    json.WriteString("event_name", "user_send_location");
                    WriteParticipants(json, input.UserId, oaId);
                    WriteAttachmentMessage(json, msgId, "location", payload =>
                    {
                        payload.WriteStartObject("coordinates");
                        payload.WriteString("latitude", location.Latitude.ToString(CultureInfo.InvariantCulture));
                        payload.WriteString("longitude", location.Longitude.ToString(CultureInfo.InvariantCulture));
                        payload.WriteEndObject();
                    });
                    break;
                case { ImageUrl: { } url }:
                    json.WriteString("event_name", "user_send_image");
                    WriteParticipants(json, input.UserId, oaId);
                    WriteAttachmentMessage(json, msgId, "image", payload =>
                    {
                        payload.WriteString("url", url);
                        payload.WriteString("thumbnail", url);
                    });
                    break;
                default:
                    json.WriteString("event_name", "user_send_text");
                    WriteParticipants(json, input.UserId, oaId);
                    json.WriteStartObject("message");
                    json.WriteString("msg_id", msgId);
                    json.WriteString("text", input.Text ?? "");
                    json.WriteEndObject();
                    break;
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A <c>message</c> carrying one attachment, as Zalo sends pictures and locations.</summary>
    private static void WriteAttachmentMessage(Utf8JsonWriter json, string msgId, string type, Action<Utf8JsonWriter> writePayload)
    {
        json.WriteStartObject("message");
        json.WriteString("msg_id", msgId);
        json.WriteStartArray("attachments");
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteStartObject("payload");
        writePayload(json);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteParticipants(Utf8JsonWriter json, string userId, string oaId)
    {
        WriteId(json, "sender", userId);
        WriteId(json, "recipient", oaId);
    }

    private static void WriteId(Utf8JsonWriter json, string property, string id)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteEndObject();
    }
}
