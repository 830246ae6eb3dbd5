using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ChatAssistant.Zalo.Api;

/// <summary>
/// One JSON POST to a Zalo API that sends a message (OA or ZNS): the token header, the timeout, and every failure
/// turned into an <see cref="OaSendResult"/>; only cancellation by the caller throws.
/// </summary>
internal static class ZaloPost
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    /// <param name="messageIdField">Where the answer's <c>data</c> names the sent message (<c>message_id</c>, <c>msg_id</c>).</param>
    /// <param name="withHeaders">Adds what the response headers tell (the OA API's rate-limit count).</param>
    public static async Task<OaSendResult> SendAsync(
        HttpClient http, Uri url, string accessToken, ReadOnlyMemory<byte> body, TimeSpan timeout, string messageIdField,
        CancellationToken cancellationToken, Func<HttpResponseMessage, OaSendResult, OaSendResult>? withHeaders = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        // Zalo reads the token from its own header; an Authorization header is ignored.
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        request.Content = new ReadOnlyMemoryContent(body);
        request.Content.Headers.ContentType = JsonContentType;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            var result = await ReadAsync(response, messageIdField, deadline.Token).ConfigureAwait(false);
            return withHeaders is null ? result : withHeaders(response, result);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A timeout leaves the outcome unknown; retrying risks a duplicate, dropping risks a lost message,
            // and a resident is better served by a duplicate.
            return OaSendResult.NetworkFailure($"No answer from Zalo within {timeout}.");
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

    private static async Task<OaSendResult> ReadAsync(HttpResponseMessage response, string messageIdField, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
        {
            return OaSendResult.NetworkFailure($"HTTP {status} {response.ReasonPhrase}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var answer = Parse(body, messageIdField);
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

    /// <summary>Reads <c>error</c>, <c>message</c> and the message id in <c>data</c>; null when the body is not a Zalo answer.</summary>
    private static OaSendResult? Parse(byte[] body, string messageIdField)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (JsonFields.GetInt32(root, "error") is not { } error)
            {
                return null;
            }

            var messageId = JsonFields.GetString(JsonFields.GetObject(root, "data"), messageIdField);
            return OaSendResult.FromZalo(error, JsonFields.GetString(root, "message"), messageId);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
