using ChatAssistant.Accounts;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Messaging.Templates;
using ChatAssistant.Metrics;
using ChatAssistant.Zalo.Api;

namespace ChatAssistant.Channels;

/// <summary>Sends template messages by ZNS with the account's token, refreshing it once when Zalo refuses it.</summary>
public sealed class ZaloTemplateChannel(ZnsClient client, AccessTokens tokens, ServiceMetrics metrics, TimeProvider clock) : ITemplateChannel
{
    public async Task<DeliveryResult> SendAsync(string oaId, TemplateMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var zns = new ZnsTemplateMessage(message.Phone, message.TemplateId, message.Data, message.TrackingId);
        var token = tokens.Current(oaId)?.Token ?? await tokens.RefreshAsync(oaId, null, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return NoToken(oaId);
        }
        var result = metrics.ZaloAnswered("zns", await client.SendAsync(token, zns, cancellationToken).ConfigureAwait(false));
        if (result.Disposition == SendDisposition.RefreshTokenThenRetry)
        {
            var renewed = await tokens.RefreshAsync(oaId, token, cancellationToken).ConfigureAwait(false);
            if (renewed is null)
            {
                return NoToken(oaId);
            }
            result = metrics.ZaloAnswered("zns", await client.SendAsync(renewed, zns, cancellationToken).ConfigureAwait(false));
        }
        return ZaloOutboundChannel.ToDelivery(result, clock.GetUtcNow());
    }

    private static DeliveryResult NoToken(string oaId) => new(DeliveryOutcome.RetryLater)
    {
        ErrorMessage = $"no usable access token for account {oaId}: the token refresh failed",
    };
}
