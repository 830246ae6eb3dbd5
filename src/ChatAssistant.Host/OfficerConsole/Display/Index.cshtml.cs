using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Host.OfficerConsole.Queue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole.Display;

/// <summary>The office TV: the numbers being served and at which counter, and the next ones; nobody signs in.</summary>
/// <remarks>
/// It is public, so it shows ticket numbers and counter names only: never a name, a phone or a booking code.
/// The page polls its own fragment, so the TV runs all day without a reload.
/// </remarks>
public sealed class IndexModel(AccountDirectory accounts, BookingCalendar calendar, QueueDesk queue, TimeProvider clock) : PageModel
{
    /// <summary>How many waiting numbers the TV lists after the ones being served.</summary>
    public const int NextCount = 8;

    [BindProperty(SupportsGet = true, Name = "oa")]
    public string? OaId { get; set; }

    public string AccountName { get; private set; } = "";

    public DisplayBoard Board { get; private set; } = null!;

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    /// <summary>The part of the page that changes, for data-poll.</summary>
    public IActionResult OnGetFragment() => Load() ? Partial("_DisplayBoard", Board) : NotFound();

    private bool Load()
    {
        if (OaId is null || !accounts.Serves(OaId) || calendar.For(OaId) is not { } account)
        {
            return false;
        }
        AccountName = accounts.Accounts.First(a => a.OaId == OaId).Name;
        var now = clock.GetUtcNow();
        var board = QueueBoard.Of(account, queue.List(OaId, VietnamTime.DayOf(now), counterId: null));
        Board = new DisplayBoard(
            [.. board.Serving.Select(e => new DisplayBoard.Called(e.Ticket, board.CounterName(e.CounterId)))],
            [.. board.Waiting.Where(e => e.Start <= now).Take(NextCount).Select(e => e.Ticket)]);
        return true;
    }
}
