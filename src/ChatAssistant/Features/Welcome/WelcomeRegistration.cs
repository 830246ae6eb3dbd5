using ChatAssistant.Messaging.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Features.Welcome;

public static class WelcomeRegistration
{
    /// <summary>The welcome responder, used as the turn handler until a richer one is registered.</summary>
    public static IServiceCollection AddWelcome(this IServiceCollection services)
    {
        services.TryAddSingleton<ITurnHandler, WelcomeResponder>();
        return services;
    }
}
