using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Surveys;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Host.OfficerConsole.Queue;
using ChatAssistant.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The dashboard: the day at a glance for the account picked, each card a link to its area.</summary>
/// <remarks>Tip-offs, conversations and broadcasts are counted only for roles that work on them; viewers see the rest.</remarks>
public sealed class IndexModel(
    AccountDirectory accounts, BookingCalendar calendar, QueueDesk queue, SurveyStore surveys, SqliteConnectionFactory connections,
    IOptions<BroadcastOptions> broadcastOptions, TimeProvider clock)
    : ConsolePage
{
    /// <summary>Null for an officer who has no account yet.</summary>
    public DashboardCounts? Counts { get; private set; }

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return Accounts.Count == 0 && string.IsNullOrEmpty(RequestedOaId) ? NoAccount() : NotYours();
        }
        var oaId = Account.OaId;
        var now = clock.GetUtcNow();
        var today = VietnamTime.DayOf(now);
        var day = queue.List(oaId, today, counterId: null);
        var board = calendar.For(oaId) is { } account ? QueueBoard.Of(account, day) : null;
        var works = Officer.CanWork();
        var handoffs = works ? HandoffCounts.Open(connections, oaId) : default;
        var month = new DateOnly(today.Year, today.Month, 1);
        var satisfaction = surveys.Index(oaId, VietnamTime.At(month, TimeOnly.MinValue), VietnamTime.At(month.AddMonths(1), TimeOnly.MinValue));
        var responses = satisfaction.Sum(r => r.Responses);
        Counts = new DashboardCounts(
            board is not null,
            day.Count(e => !e.WalkIn && e.Status is QueueBoard.ActiveStatus or QueueBoard.ServedStatus or QueueBoard.NoShowStatus),
            board?.Waiting.Count(e => e.Start <= now) ?? 0,
            board?.Serving.Count ?? 0,
            board?.Served.Count ?? 0,
            works ? TipOffCounts.New(connections, oaId) : null,
            works ? handoffs.Open : null,
            works ? handoffs.Waiting : null,
            works ? BroadcastCounts.Of(connections, oaId, broadcastOptions.Value.RequiresApproval(oaId)) : null,
            // Weighted by answers: a service with two answers must not weigh as much as one with two hundred.
            responses > 0 ? Math.Round(satisfaction.Sum(r => r.SatisfiedPercent * r.Responses) / responses, 1) : null,
            responses);
        return Page();
    }

    /// <summary>An officer with no account yet (an admin who has not been given one) still gets a page, not a 404.</summary>
    private PageResult NoAccount() => Page();
}
