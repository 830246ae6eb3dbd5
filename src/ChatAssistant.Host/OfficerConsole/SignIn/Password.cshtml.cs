using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole.SignIn;

/// <summary>An officer changes their own password; every other session of theirs ends, this one goes on.</summary>
public sealed class PasswordModel(
    OfficerSignIn signIn, OfficerSessions sessions, OfficerPasswords passwords, OfficerStore officers,
    AuditLog audit, SqliteWriter writer, IOptions<SignInOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    public bool Required => ConsoleSession.MustChangePassword(User);

    public bool Changed { get; private set; }

    public string? Error { get; private set; }

    public int MinimumLength => options.Value.MinimumPasswordLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var officer = HttpContext.GetOfficer();
        var username = officers.Find(officer.Id)?.Username ?? "";
        // The current password is checked like a sign-in, so this form cannot be used to guess it without the lockout.
        var check = await signIn.CheckCurrentPasswordAsync(username, Current, ClientAddress.Of(HttpContext));
        if (check is SignInOutcome.Locked locked)
        {
            Error = HeldBack.Tell(Response, locked.Until, clock.GetUtcNow());
            return Page();
        }
        if (check is not SignInOutcome.SignedIn)
        {
            Error = "Mật khẩu hiện tại không đúng.";
            return Refused();
        }
        if (passwords.Problem(New, username) is { } problem)
        {
            Error = problem;
            return Refused();
        }
        if (New != Repeat)
        {
            Error = "Hai lần nhập mật khẩu mới không giống nhau.";
            return Refused();
        }
        if (New == Current)
        {
            Error = "Mật khẩu mới phải khác mật khẩu hiện tại.";
            return Refused();
        }
        var hash = OfficerPasswords.Hash(New!);
        await writer.WriteAsync((connection, transaction) =>
        {
            OfficerCredentials.SetPassword(connection, transaction, officer.Id, username: null, hash, mustChange: false);
            audit.Write(connection, transaction, officer.Id, officer.Name, "console.password-change", oaId: null,
                subject: officer.Id.ToString(CultureInfo.InvariantCulture), detail: null);
        });
        // The new stamp ended every session of this officer; this browser gets a fresh one.
        if (sessions.Find(officer.Id) is { } session)
        {
            // Still the same sitting: the longest-session limit keeps counting from the original sign-in.
            await HttpContext.SignInAsync(OfficerAuthentication.ConsoleScheme, ConsoleSession.Principal(session, ConsoleSession.SignedInAt(User)));
        }
        Changed = true;
        return Page();
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
