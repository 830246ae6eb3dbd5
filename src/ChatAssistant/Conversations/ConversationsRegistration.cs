using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Messaging.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Conversations;

public static class ConversationsRegistration
{
    /// <summary>The conversation engine as the turn handler, its middleware in order, and every registered dialog.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.SectionName)
            .Validate(o => o.IdleTimeout > TimeSpan.Zero, "Conversation:IdleTimeout must be positive.")
            .Validate(o => o.TopicMemory >= TimeSpan.Zero, "Conversation:TopicMemory must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<ResidentStore>();
        // Outermost first: errors see everything, state wraps the transcript so both commit together.
        services.AddSingleton<ITurnMiddleware, TurnErrorMiddleware>();
        services.AddSingleton<ITurnMiddleware, ConversationStateMiddleware>();
        services.AddSingleton<ITurnMiddleware, TranscriptMiddleware>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton(sp =>
        {
            var dialogs = new DialogSet();
            foreach (var dialog in sp.GetServices<Dialog>())
            {
                dialogs.Add(dialog);
            }
            return new ConversationRunner(dialogs, sp.GetRequiredService<FrontDoor>(),
                sp.GetRequiredService<IOptions<ConversationOptions>>().Value.IdleTimeout);
        });
        services.AddSingleton<ITurnHandler, ConversationEngine>();
        services.AddSingleton<IRequiredTexts>(new RequiredTexts("transcript-redacted"));
        return services;
    }
}
