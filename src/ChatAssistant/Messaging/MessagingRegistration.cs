using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Messaging;

public static class MessagingRegistration
{
    /// <summary>Inbox, dispatcher, outbox and sender. The channel and the turn handler are registered by others.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>();
        services.AddSingleton<MessageInbox>();
        services.AddSingleton<ServiceEvents>();
        services.AddSingleton<MessageOutbox>();
        services.AddSingleton<ResidentFloodGate>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<AccountRateLimits>();
        services.AddSingleton<InboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxDispatcher>());
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.TryAddSingleton<OutboxBacklog>();
        services.AddSingleton<IObservedMeasures, OutboxGauges>();
        services.AddSingleton<OutboxTextRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxTextRetention>());
        return services;
    }
}
