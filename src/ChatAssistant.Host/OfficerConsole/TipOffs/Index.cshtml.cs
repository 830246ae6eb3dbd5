using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Desk;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>The tip-off inbox of one account: kinds, times, statuses and who works them, never a report's words.</summary>
public sealed class IndexModel(AccountDirectory accounts, TipOffDesk desk, OfficerStore officers) : ConsoleListPage
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    public IReadOnlyList<TipOffSummary> Reports { get; private set; } = [];

    private Dictionary<long, string> _names = [];

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!TipOffWorkflow.IsKnown(Status))
        {
            Status = null;
        }
        var query = new TipOffListQuery(
            Status,
            string.IsNullOrEmpty(Category) ? null : Category,
            From is { } from ? VietnamTime.At(from, TimeOnly.MinValue) : null,
            To is { } to ? VietnamTime.At(to.AddDays(1), TimeOnly.MinValue) : null,
            PageSize + 1,
            Before);
        var page = desk.List(Account.OaId, query);
        Reports = [.. page.Take(PageSize)];
        NextBefore = page.Count > PageSize ? Reports[^1].Id : null;
        _names = officers.List().ToDictionary(o => o.Id, o => o.Name);
        return Page();
    }

    public string Assignee(long? officerId) =>
        officerId is { } id ? (_names.TryGetValue(id, out var name) ? name : "#" + id.ToString(CultureInfo.InvariantCulture)) : "—";

    public override (string Name, string Value)[] Filters() => Kept(("status", Status), ("category", Category), ("from", From), ("to", To));
}
