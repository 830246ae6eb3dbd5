using ChatAssistant.Conversation.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Content;

public static class ContentRegistration
{
    /// <summary>The dialogs/ folder and the texts in it, validated when first resolved (at start-up).</summary>
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName);
        services.AddSingleton<DialogsFolder>();
        services.AddSingleton(sp => ResidentTexts.Load(
            sp.GetRequiredService<DialogsFolder>(), sp.GetServices<IRequiredTexts>().SelectMany(r => r.Keys)));
        services.AddSingleton<ITextCatalog>(sp => sp.GetRequiredService<ResidentTexts>());
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<ResidentTexts>());
        services.AddHostedService<ContentCheck>();
        return services;
    }
}
