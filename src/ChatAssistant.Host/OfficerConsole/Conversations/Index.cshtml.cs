using ChatAssistant.Accounts;
using ChatAssistant.Features.Handoffs;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Conversations;

/// <summary>Conversations handed to officers and still open, of every account the officer works on, longest waiting first.</summary>
public sealed class IndexModel(AccountDirectory accounts, HandoffStore handoffs, TimeProvider clock) : ConsolePage
{
    public sealed record Line(Handoff Handoff, string AccountName, DateTimeOffset ExpiresAt);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    [BindProperty(SupportsGet = true, Name = "released")]
    public bool Released { get; set; }

    public void OnGet()
    {
        var visible = accounts.VisibleTo(Officer).ToDictionary(a => a.OaId, a => a.Name, StringComparer.Ordinal);
        Now = clock.GetUtcNow();
        Lines = [.. handoffs.ListOpen(visible.Keys).Select(h => new Line(h, visible[h.OaId], handoffs.ExpiresAt(h)))];
    }
}
