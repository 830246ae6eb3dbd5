using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Api;

/// <summary>
/// Sends ZNS template messages to a phone number (<c>POST {ZnsBaseUrl}/message/template</c>), the channel for a
/// resident outside the 7-day window. Like <see cref="OaMessageClient"/>, every Zalo or network failure comes back
/// as an <see cref="OaSendResult"/> (with Zalo's <c>data.msg_id</c> as the message id); only cancellation throws.
/// </summary>
public sealed class ZnsClient(HttpClient http, IOptions<ZaloOptions> options)
{
    public const string TemplatePath = "message/template";

    /// <summary>Zalo's limit on <c>tracking_id</c>.</summary>
    public const int MaxTrackingIdLength = 48;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<OaSendResult> SendAsync(string accessToken, ZnsTemplateMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Phone.StartsWith("84", StringComparison.Ordinal) || !message.Phone.All(char.IsAsciiDigit))
        {
            // A local 0… number is refused by Zalo as an invalid parameter; failing here keeps the number out of a request log.
            return Task.FromResult(OaSendResult.FromZalo(-201, "phone must be in 84… form", null));
        }
        if (message.TrackingId.Length is 0 or > MaxTrackingIdLength)
        {
            return Task.FromResult(OaSendResult.FromZalo(-201, $"tracking_id must have 1 to {MaxTrackingIdLength} characters", null));
        }

        var settings = options.Value;
        return ZaloPost.SendAsync(http, ZaloUrls.Combine(settings.ZnsBaseUrl, TemplatePath), accessToken,
            Write(message), settings.RequestTimeout, "msg_id", cancellationToken);
    }

    internal static ReadOnlyMemory<byte> Write(ZnsTemplateMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("phone", message.Phone);
            json.WriteString("template_id", message.TemplateId);
            json.WriteStartObject("template_data");
            foreach (var (name, value) in message.TemplateData)
            {
                json.WriteString(name, value);
            }
            json.WriteEndObject();
            json.WriteString("tracking_id", message.TrackingId);
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
