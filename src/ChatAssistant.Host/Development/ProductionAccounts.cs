using ChatAssistant.Accounts;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.Development;

/// <summary>Production never runs in development mode: without <c>Zalo:Accounts</c> the host stops before it starts.</summary>
/// <remarks>
/// Development mode keeps every reply in the development sink while the webhook goes on answering Zalo 200: a
/// deployment missing its accounts would look healthy and answer nobody. The check belongs to the host, not to the
/// Zalo options, because programs that compose the pipeline themselves (benchmarks) run it as Production without
/// accounts on purpose.
/// </remarks>
public static class ProductionAccounts
{
    public const string Missing =
        "Zalo:Accounts is required in Production: with no account the service would run in development mode, its replies " +
        "kept in a development sink instead of sent to Zalo. Configure each Official Account (Zalo__Accounts__0__OaId, " +
        "Zalo__Accounts__0__RefreshToken, ...), or try the service locally with ASPNETCORE_ENVIRONMENT=Development.";

    /// <exception cref="OptionsValidationException">Production with no account configured.</exception>
    public static WebApplication RequireAccountsInProduction(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsProduction() && app.Services.GetRequiredService<AccountDirectory>().IsDevelopmentMode)
        {
            throw new OptionsValidationException("Zalo", typeof(AccountDirectory), [Missing]);
        }
        return app;
    }
}
