using ChatAssistant.Messaging.Outbox;

namespace ChatAssistant.Messaging.Templates;

/// <summary>Where template messages to a phone number go: Zalo's ZNS, or nowhere in development mode.</summary>
public interface ITemplateChannel
{
    Task<DeliveryResult> SendAsync(string oaId, TemplateMessage message, CancellationToken cancellationToken);
}
