using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Audit;

/// <summary>The audit log of one account for its leaders; admins also see what belongs to no account (sign-ins, officers).</summary>
public sealed class IndexModel(AccountDirectory accounts, AuditTrail trail) : ConsoleListPage
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        var page = trail.Page(new AuditQuery(
            Account.OaId,
            WithoutAccount: Officer.CanAdminister(),
            ActionPrefix: string.IsNullOrWhiteSpace(Action) ? null : Action.Trim(),
            From: From is { } from ? VietnamTime.At(from, TimeOnly.MinValue) : null,
            To: To is { } to ? VietnamTime.At(to.AddDays(1), TimeOnly.MinValue) : null,
            Before: Before,
            Limit: AuditQuery.PageSize + 1));
        Entries = [.. page.Take(AuditQuery.PageSize)];
        NextBefore = page.Count > AuditQuery.PageSize ? Entries[^1].Id : null;
        return Page();
    }

    public override (string Name, string Value)[] Filters() => Kept(("action", Action), ("from", From), ("to", To));
}
