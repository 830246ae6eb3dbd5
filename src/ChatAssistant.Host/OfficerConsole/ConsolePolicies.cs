using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Authorization;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The console's authorization policies: each names the console's cookie scheme and the roles it admits.</summary>
/// <remarks>Page folders get a policy by convention (see <see cref="ConsoleRegistration"/>); OA scope is checked by each page.</remarks>
public static class ConsolePolicies
{
    /// <summary>Any signed-in officer, viewers included: reading.</summary>
    public const string SignedIn = "console";

    /// <summary>Admins, leaders and officers: acting on residents' business.</summary>
    public const string Work = "console-work";

    /// <summary>Admins and leaders: approving notices, reading the audit log.</summary>
    public const string Lead = "console-lead";

    /// <summary>Admins: managing officers.</summary>
    public const string Admin = "console-admin";

    public static AuthorizationBuilder AddConsolePolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(SignedIn, policy => Signed(policy))
            .AddPolicy(Work, policy => Signed(policy).RequireRole(OfficerRoleNames.Admin, OfficerRoleNames.Leader, OfficerRoleNames.Officer))
            .AddPolicy(Lead, policy => Signed(policy).RequireRole(OfficerRoleNames.Admin, OfficerRoleNames.Leader))
            .AddPolicy(Admin, policy => Signed(policy).RequireRole(OfficerRoleNames.Admin));
    }

    private static AuthorizationPolicyBuilder Signed(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(OfficerAuthentication.ConsoleScheme).RequireAuthenticatedUser();
}
