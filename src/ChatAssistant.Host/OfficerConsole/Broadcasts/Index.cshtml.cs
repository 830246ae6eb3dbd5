using ChatAssistant.Accounts;
using ChatAssistant.Features.Broadcasts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole.Broadcasts;

/// <summary>The picked account's notices, newest first, with where each one stands.</summary>
public sealed class IndexModel(AccountDirectory accounts, BroadcastStore store, BroadcastReports reports, IOptions<BroadcastOptions> options)
    : ConsolePage
{
    private const int Shown = 50;

    public sealed record Line(Broadcast Notice, BroadcastReport? Report);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public bool NeedsApproval { get; private set; }

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        NeedsApproval = options.Value.RequiresApproval(Account.OaId);
        // Counts exist once a notice has started; drafts and scheduled ones have none yet.
        Lines = [.. store.List(Account.OaId, Shown, null)
            .Select(b => new Line(b, b.StartedAt is null ? null : reports.Of(b)))];
        return Page();
    }
}
