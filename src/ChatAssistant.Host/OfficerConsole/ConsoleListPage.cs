using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Base of list pages filtered by dates and paged by id, newest first (the tip-off inbox, the audit log).</summary>
public abstract class ConsoleListPage : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Show rows older than this id; null for the first page.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    /// <summary>The id to page on when there are older rows; null on the last page.</summary>
    public long? NextBefore { get; protected set; }
}
