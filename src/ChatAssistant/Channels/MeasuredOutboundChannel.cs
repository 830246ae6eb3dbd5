using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;

namespace ChatAssistant.Channels;

/// <summary>Counts every delivery's answer, whichever channel gives it (Zalo or the development sink).</summary>
public sealed class MeasuredOutboundChannel(IOutboundChannel inner, ServiceMetrics metrics) : IOutboundChannel
{
    public async Task<DeliveryResult> DeliverAsync(string oaId, string userId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var result = await inner.DeliverAsync(oaId, userId, message, cancellationToken).ConfigureAwait(false);
        metrics.Delivered(result.Outcome.Word());
        return result;
    }
}
