using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Zalo.Api;

/// <summary>
/// Sends consultation messages through the OA API v3 (<c>POST /v3.0/oa/message/cs</c>).
/// Every Zalo or network failure comes back as an <see cref="OaSendResult"/>; only cancellation by the caller throws.
/// It sends exactly what it is given: long answers are split with <see cref="MessageSplitter"/> before they are stored.
/// </summary>
public sealed class OaMessageClient(HttpClient http, IOptions<ZaloOptions> options)
{
    public const string ConsultationPath = "v3.0/oa/message/cs";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    public async Task<OaSendResult> SendAsync(string accessToken, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(message);

        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloUrls.Combine(settings.ApiBaseUrl, ConsultationPath));
        // Zalo reads the token from its own header; an Authorization header is ignored.
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        request.Content = new ReadOnlyMemoryContent(OaMessageJson.Write(userId, message));
        request.Content.Headers.ContentType = JsonContentType;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var result = await ReadAsync(response, timeout.Token).ConfigureAwait(false);
            return result with { RateLimitRemain = ReadRateLimitRemain(response) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A timeout leaves the outcome unknown; retrying risks a duplicate, dropping risks a lost answer,
            // and a resident is better served by a duplicate.
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

        // Some gateways answer 4xx yet still carry Zalo's error code; that code says more than the status.
        if (answer is { ErrorCode: not 0 } zaloError)
        {
            return zaloError;
        }

        return OaSendResult.UnexpectedResponse(response.IsSuccessStatusCode
            ? $"HTTP {status} with a body that is not a Zalo answer ({body.Length} bytes)"
            : $"HTTP {status} {response.ReasonPhrase}");
    }

    /// <summary>Reads <c>error</c>, <c>message</c> and <c>data.message_id</c>; null when the body is not a Zalo answer.</summary>
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

            var messageId = JsonFields.GetString(JsonFields.GetObject(root, "data"), "message_id");
            return OaSendResult.FromZalo(error, JsonFields.GetString(root, "message"), messageId);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? ReadRateLimitRemain(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-RateLimit-Remain", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remain)
            ? remain
            : null;
}
