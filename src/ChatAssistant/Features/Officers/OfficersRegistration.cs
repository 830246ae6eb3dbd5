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
        services.AddOptions<SignInOptions>()
            .BindConfiguration(SignInOptions.SectionName)
            .Validate(o => o.MaxFailedSignIns >= 1, "Console:MaxFailedSignIns must be at least 1.")
            .Validate(o => o.LockoutDuration > TimeSpan.Zero, "Console:LockoutDuration must be positive.")
            .Validate(o => o.MaxLockoutDuration >= o.LockoutDuration, "Console:MaxLockoutDuration must be at least Console:LockoutDuration.")
            .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.IdleTimeout <= o.MaxSessionLength,
                "Console:IdleTimeout must be positive and no longer than Console:MaxSessionLength.")
            .Validate(o => o.MinimumPasswordLength >= 8, "Console:MinimumPasswordLength must be at least 8.")
            .ValidateOnStart();
        services.AddSingleton<OfficerStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<OfficerPasswords>();
        services.AddSingleton<OfficerSessions>();
        services.AddSingleton<OfficerCredentials>();
        services.AddSingleton<SignInHolds>();
        services.AddSingleton<OfficerSignIn>();
        services.AddSingleton<OfficerAdministration>();
        // After the database initializer (registered with storage, before this): the schema exists.
        services.AddHostedService<FirstAdmin>();

        // Registering authentication makes the web host add its middleware; policies name the scheme, so the
        // console's cookie scheme (registered by the host) never authenticates an API call, nor a key a page.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, OfficerKeyHandler>(OfficerAuthentication.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(OfficerAuthentication.OfficerPolicy, policy => policy
                .AddAuthenticationSchemes(OfficerAuthentication.Scheme)
                .RequireAuthenticatedUser()
                // A viewer reads in the console; the API acts, so it is not theirs.
                .RequireRole(OfficerRoleNames.Admin, OfficerRoleNames.Leader, OfficerRoleNames.Officer))
            .AddPolicy(OfficerAuthentication.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(OfficerAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(OfficerRoleNames.Admin));
        return services;
    }
}
