using System.Collections.Frozen;
using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Zalo.Api;

/// <summary>Turns Zalo OA API error codes (zalo-platform.md, section 2) into what the sender must do.</summary>
public static class ZaloErrorClassifier
{
    /// <summary>Quiet hours for promotions (-234) and ZNS (-133): no sending from 22:00 to 06:00 Vietnamese time.</summary>
    private static readonly TimeSpan QuietHoursStart = TimeSpan.FromHours(22);
    private static readonly TimeSpan QuietHoursEnd = TimeSpan.FromHours(6);

    /// <summary>When Zalo reports quiet hours while our clock says daytime, the clocks disagree by a little;
    /// waiting until tomorrow 06:00 would be the wrong answer.</summary>
    private static readonly TimeSpan ClockSkewRetryDelay = TimeSpan.FromMinutes(15);

    private static readonly FrozenDictionary<int, ZaloError> Known = new ZaloError[]
    {
        new(0, SendDisposition.Delivered, "Success."),
        new(-133, SendDisposition.RetryLater, "ZNS: template messages are not sent between 22:00 and 06:00: retry after 06:00 Vietnamese time."),
        new(-32, SendDisposition.RetryLater, "Per-minute rate limit of the app or the OA exceeded: back off and retry later."),
        new(-201, SendDisposition.Permanent, "Invalid parameter: the request must be fixed, retrying cannot help."),
        new(-211, SendDisposition.RetryLater, "The OA is out of quota: retry after the quota resets at midnight Vietnamese time, or fall back."),
        new(-213, SendDisposition.Permanent, "The user does not follow the OA: this channel cannot reach them."),
        new(-216, SendDisposition.RefreshTokenThenRetry, "Access token invalid: refresh the token and retry once."),
        new(-220, SendDisposition.RefreshTokenThenRetry, "Access token expired or revoked: refresh the token and retry once."),
        new(-223, SendDisposition.Permanent, "The OA lacks permission for this API: alert the operator."),
        new(-224, SendDisposition.Permanent, "The OA needs a higher service package for this API: alert the operator."),
        new(-227, SendDisposition.Permanent, "The user is banned or has been inactive for more than 45 days."),
        new(-230, SendDisposition.Permanent, "The user has not interacted with the OA in the last 7 days (outside the 7-day window): fall back (ZNS, officer)."),
        new(-232, SendDisposition.Permanent, "No interaction from the user, or it expired (outside the 7-day window): fall back (ZNS, officer)."),
        new(-234, SendDisposition.RetryLater, "Promotions are not sent between 22:00 and 06:00: retry after 06:00 Vietnamese time."),
        new(-240, SendDisposition.Permanent, "v2 API shut down: bug, this request must use the v3 API."),
        new(-244, SendDisposition.Permanent, "The user restricted this type of message from the OA."),
        new(OaSendResult.NetworkFailureCode, SendDisposition.RetryLater,
            "Local: network failure, timeout, HTTP 5xx or 429 before Zalo answered; retry later."),
        new(OaSendResult.UnexpectedResponseCode, SendDisposition.Permanent,
            "Local: Zalo answered with an unexpected HTTP status or an unreadable body; check the request and the endpoint."),
    }.ToFrozenDictionary(e => e.Code);

    public static ZaloError Classify(int code) =>
        Known.TryGetValue(code, out var known)
            ? known
            // An unknown code gives no reason to believe a retry would succeed; retrying blindly
            // could also spam a resident, so stop and let the logs show the code.
            : new ZaloError(code, SendDisposition.Permanent, $"Unknown Zalo error code {code}: treated as permanent.");

    /// <summary>The earliest sensible retry for codes tied to the clock; null when the caller's own back-off applies.</summary>
    public static DateTimeOffset? RetryNotBefore(int code, DateTimeOffset now) => code switch
    {
        -211 => NextLocalMidnight(now),
        -234 or -133 => EndOfQuietHours(now),
        _ => null,
    };

    private static DateTimeOffset NextLocalMidnight(DateTimeOffset now) =>
        VietnamTime.At(VietnamTime.ToLocal(now).Date.AddDays(1));

    private static DateTimeOffset EndOfQuietHours(DateTimeOffset now)
    {
        var local = VietnamTime.ToLocal(now);
        var timeOfDay = local.TimeOfDay;
        if (timeOfDay < QuietHoursEnd)
        {
            return VietnamTime.At(local.Date + QuietHoursEnd);
        }

        if (timeOfDay >= QuietHoursStart)
        {
            return VietnamTime.At(local.Date.AddDays(1) + QuietHoursEnd);
        }

        return now + ClockSkewRetryDelay;
    }
}
