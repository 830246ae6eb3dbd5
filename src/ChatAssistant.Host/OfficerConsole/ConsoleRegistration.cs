using ChatAssistant.Features.Officers;
using ChatAssistant.Host.OfficerConsole.Assets;
using ChatAssistant.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>
/// The officers' web console: Razor Pages under <c>OfficerConsole/</c>, every route under <c>/console</c>, signed in
/// with a cookie of its own.
/// </summary>
/// <remarks>
/// Folders get their policy here, so a new page is closed by default: everything needs a signed-in officer, the
/// folders that act need a working role, and each page still checks the account (OA) of what it shows.
/// Forms are protected from cross-site posting by Razor Pages' antiforgery check, on by default for every POST.
/// </remarks>
public static class ConsoleRegistration
{
    public const string CookieName = "ca_console";
    public const string KeysFolder = "console-keys";

    public static IServiceCollection AddOfficerConsole(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/OfficerConsole";
            options.Conventions.Add(new ConsoleRoutes());
            options.Conventions.AuthorizeFolder("/", ConsolePolicies.SignedIn);
            options.Conventions.AllowAnonymousToPage("/SignIn/SignIn");
            // The office TV shows ticket numbers only, and has nobody signed in.
            options.Conventions.AllowAnonymousToFolder("/Display");
            options.Conventions.AuthorizeFolder("/TipOffs", ConsolePolicies.Work);
            options.Conventions.AuthorizeFolder("/Conversations", ConsolePolicies.Work);
            options.Conventions.AuthorizeFolder("/Broadcasts", ConsolePolicies.Work);
            options.Conventions.AuthorizeFolder("/Dossiers", ConsolePolicies.Work);
            options.Conventions.AuthorizeFolder("/Audit", ConsolePolicies.Lead);
            options.Conventions.AuthorizeFolder("/Officers", ConsolePolicies.Admin);
        })
        .AddMvcOptions(options => options.Filters.Add<MustChangePassword>())
        // Named, not discovered: tests (and any other entry assembly) build this same host.
        .AddApplicationPart(typeof(ConsoleRegistration).Assembly);

        // Vietnamese letters written as they are, not as &#x1EA1; entities: pages stay readable and half the size.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddAuthentication().AddCookie(OfficerAuthentication.ConsoleScheme);
        services.AddOptions<CookieAuthenticationOptions>(OfficerAuthentication.ConsoleScheme)
            .Configure<IOptions<SignInOptions>, IHostEnvironment>((cookie, signIn, environment) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.Path = "/" + ConsoleRoutes.Prefix;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = SecurePolicy(signIn.Value, environment);
                cookie.ExpireTimeSpan = signIn.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/console/sign-in";
                cookie.LogoutPath = "/console/sign-out";
                cookie.AccessDeniedPath = "/console/denied";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.Events.OnValidatePrincipal = ConsoleSession.ValidateAsync;
                // A page refreshing itself (the TV display, a progress bar) is not the officer at the keyboard:
                // it must not keep an unattended session alive past the idle timeout.
                cookie.Events.OnCheckSlidingExpiration = context =>
                {
                    if (ConsoleSession.IsPoll(context.Request))
                    {
                        context.ShouldRenew = false;
                    }
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder().AddConsolePolicies();
        services.AddConsoleRateLimits();

        services.AddAntiforgery(_ => { });
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SignInOptions>, IHostEnvironment>((options, signIn, environment) =>
        {
            options.Cookie.SecurePolicy = SecurePolicy(signIn.Value, environment);
            options.Cookie.Name = "ca_console_af";
            options.Cookie.Path = "/" + ConsoleRoutes.Prefix;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Scripts that post (an upload with a progress bar) send the token in this header.
            options.HeaderName = "X-Console-Antiforgery";
        });

        // Session cookies are encrypted with keys kept beside the database, so a restart does not sign everyone out;
        // the keys themselves are sealed with the tip-off key, which is not kept there.
        services.AddDataProtection().SetApplicationName("ChatAssistant");
        services.AddOptions<KeyManagementOptions>()
            .Configure<SqliteConnectionFactory, ILoggerFactory, IServiceProvider>((keys, connections, logs, provider) =>
            {
                var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(connections.DataSource)) ?? ".", KeysFolder);
                keys.XmlRepository = ConsoleKeyFiles.Open(folder, logs);
                keys.XmlEncryptor = new ConsoleKeySealing(provider);
            });
        return services;
    }

    /// <summary>Secure cookies unless configured off, or in Development (plain http on a developer's machine).</summary>
    public static CookieSecurePolicy SecurePolicy(SignInOptions signIn, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(environment);
        return signIn.SecureCookies ?? !environment.IsDevelopment() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    }

    public static WebApplication MapOfficerConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Before authentication, so a challenge or a refusal carries the headers too, and "/Console" is sent to
        // "/console" before anyone decides it has no session.
        app.UseConsoleSecurityHeaders();
        app.UseConsoleHttps();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapConsoleAssets();
        app.MapRazorPages();
        return app;
    }
}
