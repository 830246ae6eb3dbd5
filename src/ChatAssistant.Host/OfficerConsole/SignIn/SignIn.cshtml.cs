using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatAssistant.Host.OfficerConsole.SignIn;

/// <summary>
/// Username and password; a wrong one, an unknown one and a disabled officer get the same answer. Too many wrong ones
/// from one address hold that address back (429, <c>Retry-After</c>); other addresses are not affected.
/// </summary>
[EnableRateLimiting(ConsoleRateLimits.SignIn)]
public sealed class SignInModel(
    OfficerSignIn signIn, OfficerCredentials credentials, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "signedOut")]
    public bool SignedOut { get; set; }

    public string? Error { get; private set; }

    /// <summary>Nobody can sign in yet: the page says how to create the first admin.</summary>
    public bool NoAdminYet { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await HttpContext.AuthenticateAsync(OfficerAuthentication.ConsoleScheme);
        if (current.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }
        NoAdminYet = !credentials.AnyoneCanSignIn();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SignedOut = false;
        switch (await signIn.CheckAsync(Username, Password, ClientAddress.Of(HttpContext)))
        {
            case SignInOutcome.SignedIn signedIn:
                await HttpContext.SignInAsync(
                    OfficerAuthentication.ConsoleScheme,
                    ConsoleSession.Principal(signedIn.Session, clock.GetUtcNow()),
                    // Not persistent: closing the browser ends the session, as on a shared office PC it should.
                    new AuthenticationProperties { IsPersistent = false });
                return signedIn.Session.MustChangePassword ? RedirectToPage("/SignIn/Password") : LocalRedirect(SafeReturnUrl());
            case SignInOutcome.Locked locked:
                Error = HeldBack.Tell(Response, locked.Until, clock.GetUtcNow());
                break;
            default:
                Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        Password = null;
        return Page();
    }

    /// <summary>Only a console address of this site: a sign-in link must not send the officer elsewhere.</summary>
    private string SafeReturnUrl() =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/" + ConsoleRoutes.Prefix, StringComparison.Ordinal)
            ? url
            : "/" + ConsoleRoutes.Prefix;
}
