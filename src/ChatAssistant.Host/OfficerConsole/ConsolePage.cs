using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Base of console pages: the signed-in officer, the account a page shows, and the two refusals.</summary>
public abstract class ConsolePage : PageModel
{
    /// <summary>The signed-in officer; every console page but sign-in and the TV display requires one.</summary>
    public Officer Officer => HttpContext.GetOfficer();

    /// <summary>The account the page shows (set by <see cref="PickAccount"/>).</summary>
    public ServedAccount Account { get; private set; } = null!;

    /// <summary>The <c>?oa=</c> of the page: which of the officer's accounts to show.</summary>
    [BindProperty(SupportsGet = true, Name = "oa")]
    public string? RequestedOaId { get; set; }

    /// <summary>Every account the officer may see, for the account picker.</summary>
    public IReadOnlyList<ServedAccount> Accounts { get; private set; } = [];

    /// <summary>Picks the account; false when the officer may not see the one asked for (answer <see cref="NotYours"/>).</summary>
    protected bool PickAccount(AccountDirectory accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        Accounts = accounts.VisibleTo(Officer);
        if (accounts.Pick(Officer, RequestedOaId) is not { } account)
        {
            return false;
        }
        Account = account;
        return true;
    }

    /// <summary>The account picker's model, keeping the page's other query values.</summary>
    public AccountPicker Picker(params (string Name, string Value)[] keep) => new(Accounts, Account) { Keep = keep };

    /// <summary>The query values the account picker and paging links keep; a list page with filters overrides it.</summary>
    public virtual (string Name, string Value)[] Filters() => [];

    /// <summary>The route values of a page of the same list and filters: the first one when <paramref name="before"/> is null.</summary>
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

    /// <summary>Filter values worth keeping in links, the empty ones dropped; dates as yyyy-MM-dd.</summary>
    protected static (string Name, string Value)[] Kept(params (string Name, object? Value)[] values) =>
    [
        .. values
            .Select(v => (v.Name, Value: v.Value is DateOnly day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v.Value as string))
            .Where(v => !string.IsNullOrEmpty(v.Value))
            .Select(v => (v.Name, v.Value!)),
    ];

    /// <summary>404: a record of an account the officer may not see is not theirs to know about.</summary>
    protected IActionResult NotYours() => NotFound();

    /// <summary>403 (the "no permission" page): the officer's role may not do this.</summary>
    protected IActionResult Denied() => Forbid(OfficerAuthentication.ConsoleScheme);
}
