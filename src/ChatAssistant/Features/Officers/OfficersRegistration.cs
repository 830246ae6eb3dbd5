using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Officers;

public static class OfficersRegistration
{
    /// <summary>Officers, their keys and the audit log; the officer API's authentication scheme and policies.</summary>
    public static IServiceCollection AddOfficers(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .Validate(
                o => o.BootstrapApiKey is null || o.BootstrapApiKey.Length >= AdminOptions.MinimumKeyLength,
                $"Admin:BootstrapApiKey must be at least {AdminOptions.MinimumKeyLength} characters long.")
            .ValidateOnStart();
        services.AddSingleton<OfficerStore>();
        services.AddSingleton<AuditLog>();

        // Registering authentication makes the web host add its middleware; policies name the scheme,
        // so adding another scheme later (e.g. for a web console) changes nothing here.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, OfficerKeyHandler>(OfficerAuthentication.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(OfficerAuthentication.OfficerPolicy, policy => policy
                .AddAuthenticationSchemes(OfficerAuthentication.Scheme)
                .RequireAuthenticatedUser())
            .AddPolicy(OfficerAuthentication.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(OfficerAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(OfficerRoleNames.Admin));
        return services;
    }
}
