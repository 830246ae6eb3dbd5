using ChatAssistant.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Health;

public static class HealthRegistration
{
    /// <summary>The framework's health checks, one per part that can stop the service answering residents.</summary>
    public static IServiceCollection AddServiceHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>()
            .BindConfiguration(HealthOptions.SectionName)
            .Validate(o => o.MaxOutboxAge > TimeSpan.Zero, "Health:MaxOutboxAge must be longer than zero.")
            .Validate(o => o.MaxTokenRefreshFailures >= 1, "Health:MaxTokenRefreshFailures must be at least 1.")
            .Validate(o => o.CommitFailureWindow >= TimeSpan.Zero, "Health:CommitFailureWindow cannot be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<OutboxBacklog>();
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>(DatabaseCheck.Name)
            .AddCheck<CommitCheck>(CommitCheck.Name)
            .AddCheck<DispatcherCheck>(DispatcherCheck.Name)
            .AddCheck<OutboxCheck>(OutboxCheck.Name)
            .AddCheck<TokenRefreshCheck>(TokenRefreshCheck.Name);
        return services;
    }
}
