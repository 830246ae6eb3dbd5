using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Messaging.Templates;

namespace ChatAssistant.Development;

/// <summary>Development mode has no ZNS: a template message fails for good, so what would have gone by ZNS shows in the officers' list.</summary>
public sealed class DevelopmentTemplateSink : ITemplateChannel
{
    public Task<DeliveryResult> SendAsync(string oaId, TemplateMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new DeliveryResult(DeliveryOutcome.Failed) { ErrorMessage = "development mode sends no ZNS messages" });
}
