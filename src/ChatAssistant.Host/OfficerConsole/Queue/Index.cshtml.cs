using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Queue;

/// <summary>The counters' queue of the day: call the next number, served, no-show, and tickets for walk-ins.</summary>
/// <remarks>Viewers read the queue; every action needs a working role. QueueDesk writes each action with its audit row.</remarks>
public sealed class IndexModel(AccountDirectory accounts, BookingCalendar calendar, QueueDesk queue, TimeProvider clock) : ConsolePage
{
    /// <summary>Null when the account takes no bookings: it has no counters to call.</summary>
    public QueueBoard? Board { get; private set; }

    public DateTimeOffset Now { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public string? FlashKind { get; set; }

    /// <summary>The walk-in ticket just printed, shown big so the officer can read it out.</summary>
    [TempData]
    public string? NewTicket { get; set; }

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        Now = clock.GetUtcNow();
        if (calendar.For(Account.OaId) is { } account)
        {
            Board = QueueBoard.Of(account, queue.List(Account.OaId, VietnamTime.DayOf(Now), counterId: null));
        }
        return Page();
    }

    public Task<IActionResult> OnPostCallNextAsync(string? counterId) => ActAsync(async oaId =>
    {
        if (counterId is null || calendar.For(oaId)?.Counter(counterId) is not { } counter)
        {
            return ("Quầy không tồn tại.", "error");
        }
        return await queue.CallNextAsync(Officer, oaId, counterId) is { } next
            ? ($"Mời số {next.Ticket} đến {counter.Name}.", "ok")
            : ($"{counter.Name}: chưa có ai đến lượt.", "warn");
    });

    public Task<IActionResult> OnPostServedAsync(long id) => ActAsync(async oaId =>
        await queue.FinishAsync(Officer, oaId, id, AppointmentStatus.Served) is { } entry
            ? ($"Số {entry.Ticket}: đã xong.", "ok")
            : ("Số này không còn trong hàng chờ.", "error"));

    public Task<IActionResult> OnPostNoShowAsync(long id) => ActAsync(async oaId =>
        await queue.FinishAsync(Officer, oaId, id, AppointmentStatus.NoShow) is { } entry
            ? ($"Số {entry.Ticket}: vắng mặt.", "ok")
            : ("Số này không còn trong hàng chờ.", "error"));

    public Task<IActionResult> OnPostWalkInAsync(string? serviceId) => ActAsync(async oaId =>
    {
        if (serviceId is null || await queue.WalkInAsync(Officer, oaId, serviceId) is not { } ticket)
        {
            return ("Hãy chọn một thủ tục.", "error");
        }
        NewTicket = ticket.Ticket;
        return ($"Đã lấy số {ticket.Ticket} ({ticket.ServiceName}).", "ok");
    });

    /// <summary>Account first (404), then role (403), then the action; redirect-after-post keeps a reload from repeating it.</summary>
    private async Task<IActionResult> ActAsync(Func<string, Task<(string Message, string Kind)>> action)
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        (Flash, FlashKind) = await action(Account.OaId);
        return RedirectToPage("/Queue/Index", new { oa = Account.OaId });
    }
}
