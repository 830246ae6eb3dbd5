using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole.SignIn;

/// <summary>Ends the session (POST only, with the antiforgery token, so a link elsewhere cannot sign an officer out).</summary>
/// <remarks>
/// The session stamp changes too, so a copy of the cookie (left in a shared PC's profile, say) is worthless
/// afterwards; the price is that the officer's sessions on other devices end as well.
/// </remarks>
[AllowAnonymous]
public sealed class SignOutModel(SqliteWriter writer) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.FindOfficer() is { } officer)
        {
            await writer.WriteAsync((connection, transaction) => OfficerSessions.End(connection, transaction, officer.Id));
        }
        await HttpContext.SignOutAsync(OfficerAuthentication.ConsoleScheme);
        return RedirectToPage("/SignIn/SignIn", new { signedOut = true });
    }
}
