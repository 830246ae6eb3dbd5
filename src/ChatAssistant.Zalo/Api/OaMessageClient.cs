using System.Globalization;
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

    public Task<OaSendResult> SendAsync(string accessToken, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(message);

        var settings = options.Value;
        return ZaloPost.SendAsync(http, ZaloUrls.Combine(settings.ApiBaseUrl, ConsultationPath), accessToken,
            OaMessageJson.Write(userId, message), settings.RequestTimeout, "message_id", cancellationToken,
            (response, result) => result with { RateLimitRemain = ReadRateLimitRemain(response) });
    }

    private static int? ReadRateLimitRemain(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-RateLimit-Remain", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remain)
            ? remain
            : null;
}
