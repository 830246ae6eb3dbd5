using ChatAssistant.Conversation.Messages;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>Where outgoing envelopes go: the Zalo OA API, or the development sink.</summary>
public interface IOutboundChannel
{
    Task<DeliveryResult> DeliverAsync(string oaId, string userId, OutboundMessage message, CancellationToken cancellationToken);
}
