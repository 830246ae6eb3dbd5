using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
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

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<OaSendResult> SendAsync(string accessToken, ZnsTemplateMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Phone.StartsWith("84", StringComparison.Ordinal) || !message.Phone.All(char.IsAsciiDigit))
        {
            // A local 0… number is refused by Zalo as an invalid parameter; failing here keeps the number out of a request log.
            return OaSendResult.FromZalo(-201, "phone must be in 84… form", null);
        }
        if (message.TrackingId.Length is 0 or > MaxTrackingIdLength)
        {
            return OaSendResult.FromZalo(-201, $"tracking_id must have 1 to {MaxTrackingIdLength} characters", null);
        }

        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloUrls.Combine(settings.ZnsBaseUrl, TemplatePath));
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        request.Content = new ReadOnlyMemoryContent(Write(message));
        request.Content.Headers.ContentType = JsonContentType;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            return await ReadAsync(response, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // As for OA messages: a resent reminder beats a lost one.
            return OaSendResult.NetworkFailure($"No answer from Zalo within {settings.RequestTimeout}.");
        }
        catch (HttpRequestException e)
        {
            return OaSendResult.NetworkFailure($"HTTP request failed: {e.Message}");
        }
        catch (IOException e)
        {
            return OaSendResult.NetworkFailure($"Connection broke while reading the answer: {e.Message}");
        }
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

    private static async Task<OaSendResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
        {
            return OaSendResult.NetworkFailure($"HTTP {status} {response.ReasonPhrase}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var answer = Parse(body);
        if (response.IsSuccessStatusCode && answer is { } ok)
        {
            return ok;
        }
        if (answer is { ErrorCode: not 0 } zaloError)
        {
            return zaloError;
        }
        return OaSendResult.UnexpectedResponse(response.IsSuccessStatusCode
            ? $"HTTP {status} with a body that is not a Zalo answer ({body.Length} bytes)"
            : $"HTTP {status} {response.ReasonPhrase}");
    }

    /// <summary>Reads <c>error</c>, <c>message</c> and <c>data.msg_id</c>; null when the body is not a Zalo answer.</summary>
    private static OaSendResult? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (JsonFields.GetInt32(root, "error") is not { } error)
            {
                return null;
            }
            var messageId = JsonFields.GetString(JsonFields.GetObject(root, "data"), "msg_id");
            return OaSendResult.FromZalo(error, JsonFields.GetString(root, "message"), messageId);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
