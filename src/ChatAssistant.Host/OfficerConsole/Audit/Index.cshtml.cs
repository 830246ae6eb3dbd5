using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Audit;

/// <summary>The audit log of one account for its leaders; admins also see what belongs to no account (sign-ins, officers).</summary>
public sealed class IndexModel(AccountDirectory accounts, AuditTrail trail) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The id to page on when there are older entries; null on the last page.</summary>
    public long? NextBefore { get; private set; }

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

    /// <summary>The query values the account picker and the paging links keep.</summary>
    public (string Name, string Value)[] Filters() =>
    [
        .. new (string, string?)[]
        {
            ("action", Action),
            ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        }.Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => (f.Item1, f.Item2!)),
    ];

    /// <summary>The link to a page of the same filters: the first one when <paramref name="before"/> is null.</summary>
    public Dictionary<string, string> PageRoute(long? before)
    {
        var route = Filters().ToDictionary(f => f.Name, f => f.Value);
        route["oa"] = Account.OaId;
        if (before is { } id)
        {
            route["before"] = id.ToString(CultureInfo.InvariantCulture);
        }
        return route;
    }
}
