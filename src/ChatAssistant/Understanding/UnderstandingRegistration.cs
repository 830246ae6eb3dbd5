using ChatAssistant.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Understanding;

public static class UnderstandingRegistration
{
    /// <summary>The intent examples of dialogs/nlu/, the classifier learned from them at start-up, and the layer every message passes.</summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        services.AddSingleton(sp => IntentExamples.Load(sp.GetRequiredService<DialogsFolder>()));
        services.AddSingleton(sp => IntentClassifier.Train(sp.GetRequiredService<IntentExamples>().All));
        // Resolved by the start-up check: broken examples stop the service, and the first message does not wait for learning.
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<IntentClassifier>());
        services.AddSingleton<Understander>();
        return services;
    }
}
