using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Officers;

public static class OfficersRegistration
{
    public static IServiceCollection AddOfficers(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .Validate(
                o => o.BootstrapApiKey is null || o.BootstrapApiKey.Length >= AdminOptions.MinimumKeyLength,
                $"Admin:BootstrapApiKey must be at least {AdminOptions.MinimumKeyLength} characters long.")
            .ValidateOnStart();
        return services;
    }
}
