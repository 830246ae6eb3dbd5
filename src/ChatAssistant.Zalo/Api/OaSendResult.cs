namespace ChatAssistant.Zalo.Api;

/// <summary>The outcome of one OA API send, whatever went wrong; the client never throws for Zalo or network failures.</summary>
/// <param name="ErrorCode">Zalo's <c>error</c> (0 = accepted), or <see cref="NetworkFailureCode"/> / <see cref="UnexpectedResponseCode"/>.</param>
/// <param name="ErrorMessage">Zalo's <c>message</c>, or a local description of the failure.</param>
/// <param name="MessageId">Zalo's <c>data.message_id</c> when the message was accepted.</param>
/// <param name="Disposition">What the sender should do next.</param>
public sealed record OaSendResult(int ErrorCode, string? ErrorMessage, string? MessageId, SendDisposition Disposition)
{
    /// <summary>Sentinel: no answer from Zalo (connection failure, timeout, HTTP 5xx or 429). Retry later.</summary>
    public const int NetworkFailureCode = int.MinValue;

    /// <summary>Sentinel: an answer that is neither a Zalo result nor a transient failure (HTTP 404, HTML instead of JSON).</summary>
    public const int UnexpectedResponseCode = int.MinValue + 1;

    /// <summary>Zalo's <c>X-RateLimit-Remain</c> header, when the answer carried one.</summary>
    public int? RateLimitRemain { get; init; }

    public bool IsDelivered => Disposition == SendDisposition.Delivered;

    public static OaSendResult FromZalo(int errorCode, string? errorMessage, string? messageId) =>
        new(errorCode, errorMessage, messageId, ZaloErrorClassifier.Classify(errorCode).Disposition);

    public static OaSendResult NetworkFailure(string reason) =>
        new(NetworkFailureCode, reason, null, SendDisposition.RetryLater);

    public static OaSendResult UnexpectedResponse(string reason) =>
        new(UnexpectedResponseCode, reason, null, SendDisposition.Permanent);
}
