using ChatAssistant.Content;
using ChatAssistant.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Handoffs;

public static class HandoffsRegistration
{
    /// <summary>Hand-offs to officers: the store, the desk officers work from, and the time-out sweep.</summary>
    public static IServiceCollection AddHandoffs(this IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.SectionName)
            .Validate(o => o.Timeout > TimeSpan.Zero, "Handoffs:Timeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => new HandoffStore(
            sp.GetRequiredService<SqliteConnectionFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<HandoffOptions>>()));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts(HandoffTexts.Timeout, HandoffTexts.Released));
        services.AddSingleton<HandoffDesk>();
        services.AddHostedService<HandoffExpiry>();
        return services;
    }
}
