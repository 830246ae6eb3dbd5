using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Desk;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>The tip-off inbox of one account: kinds, times, statuses and who works them, never a report's words.</summary>
public sealed class IndexModel(AccountDirectory accounts, TipOffDesk desk, OfficerStore officers) : ConsolePage
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<TipOffSummary> Reports { get; private set; } = [];

    /// <summary>The id to page on when there are older reports; null on the last page.</summary>
    public long? NextBefore { get; private set; }

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

    /// <summary>The query values the account picker and the next-page link keep.</summary>
    public (string Name, string Value)[] Filters() =>
    [
        .. new (string, string?)[]
        {
            ("status", Status), ("category", Category),
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
