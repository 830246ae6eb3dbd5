using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Officers;

/// <summary>An admin creates an officer; the temporary password appears once, in this response, never in a URL.</summary>
public sealed class NewOfficerModel(AccountDirectory accounts, OfficerCredentials credentials, OfficerAdministration administration) : ConsolePage
{
    [BindProperty]
    public OfficerForm Form { get; set; } = new();

    public Dictionary<string, string> Errors { get; private set; } = [];

    public CreatedAccount? Created { get; private set; }

    public OfficerFields Fields => new(Form, Errors, accounts.Accounts, IsNew: true);

    public void OnGet() => Form.Role = OfficerRoleNames.Officer;

    public async Task<IActionResult> OnPostAsync()
    {
        Errors = Form.Validate(accounts, credentials, isNew: true, out var role);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (_, password) = await administration.CreateAsync(Officer, Form.Name!, Form.Username!, role, Form.OaIds);
        Created = new CreatedAccount(Form.Name!, Form.Username!, password);
        return Page();
    }

    public sealed record CreatedAccount(string Name, string Username, string Password);
}
