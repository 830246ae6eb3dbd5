using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;
using ChatAssistant.Zalo.Api;

namespace ChatAssistant.Channels;

/// <summary>Delivers through the Zalo OA API, refreshing the token once when Zalo says it is invalid or expired.</summary>
public sealed class ZaloOutboundChannel(OaMessageClient client, AccessTokens tokens, ServiceMetrics metrics, TimeProvider clock) : IOutboundChannel
{
    public async Task<DeliveryResult> DeliverAsync(string oaId, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var token = tokens.Current(oaId)?.Token;
        if (token is null)
        {
            token = await tokens.RefreshAsync(oaId, null, cancellationToken).ConfigureAwait(false);
            if (token is null)
            {
                return NoToken(oaId);
            }
        }
        var result = metrics.ZaloAnswered("message", await client.SendAsync(token, userId, message, cancellationToken).ConfigureAwait(false));
        if (result.Disposition == SendDisposition.RefreshTokenThenRetry)
        {
            var renewed = await tokens.RefreshAsync(oaId, token, cancellationToken).ConfigureAwait(false);
            if (renewed is null)
            {
                return NoToken(oaId);
            }
            result = metrics.ZaloAnswered("message", await client.SendAsync(renewed, userId, message, cancellationToken).ConfigureAwait(false));
        }
        return ToDelivery(result, clock.GetUtcNow());
    }

    internal static DeliveryResult ToDelivery(OaSendResult result, DateTimeOffset now) => result.Disposition switch
    {
        SendDisposition.Delivered => DeliveryResult.Delivered(result.MessageId),
        SendDisposition.RetryLater => new DeliveryResult(DeliveryOutcome.RetryLater)
        {
            ErrorCode = result.ErrorCode,
            ErrorMessage = result.ErrorMessage,
            RetryNotBefore = ZaloErrorClassifier.RetryNotBefore(result.ErrorCode, now),
            AccountThrottled = result.ErrorCode == -32,
            AccountUnavailable = result.ErrorCode == OaSendResult.NetworkFailureCode,
        },
        // A token that is still refused right after a refresh is a passing fault on Zalo's side or a
        // revoked app: retrying later costs little and the operator sees the refresh error meanwhile.
        SendDisposition.RefreshTokenThenRetry => new DeliveryResult(DeliveryOutcome.RetryLater)
        {
            ErrorCode = result.ErrorCode,
            ErrorMessage = result.ErrorMessage,
        },
        _ => new DeliveryResult(DeliveryOutcome.Failed) { ErrorCode = result.ErrorCode, ErrorMessage = result.ErrorMessage },
    };

    // Every message of the account would meet the same refusal until a refresh succeeds.
    private static DeliveryResult NoToken(string oaId) => new(DeliveryOutcome.RetryLater)
    {
        ErrorMessage = $"no usable access token for account {oaId}: the token refresh failed",
        AccountUnavailable = true,
    };
}
