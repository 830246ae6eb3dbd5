using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Bookings;

/// <summary>The bookings calendar: a week of sessions with places taken, and closing a day or a session.</summary>
/// <remarks>
/// Closing goes through OfficeClosures, which closes the bookings, tells the residents it can reach and audits, in one
/// transaction; the residents it cannot reach come back here for officers to phone.
/// </remarks>
public sealed class IndexModel(AccountDirectory accounts, BookingCalendar calendar, BookingWeek week, AppointmentStore store, OfficeClosures closures, TimeProvider clock)
    : ConsolePage
{
    public const int ReasonMaxLength = 300;

    /// <summary>Any day of the week to show (yyyy-MM-dd); this week when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "week")]
    public DateOnly? Week { get; set; }

    public AccountCalendar? Calendar { get; private set; }

    public DateOnly Today { get; private set; }

    public DateOnly Monday { get; private set; }

    public IReadOnlyList<DayLoad> Days { get; private set; } = [];

    public IReadOnlyList<BookingClosure> Upcoming { get; private set; } = [];

    [BindProperty]
    public ClosureForm Closure { get; set; } = new();

    public string? Flash { get; private set; }

    public string? FlashKind { get; private set; }

    /// <summary>Residents the chat could not tell of a closure, as "ticket · code · name · phone": officers phone them.</summary>
    /// <remarks>
    /// Shown in the response to the closing form itself, never carried to another request: in a cookie (TempData) the
    /// names and phones of a busy day would outgrow the request headers and lock the officer out of every page.
    /// </remarks>
    public IReadOnlyList<string>? ToCall { get; private set; }

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        Load();
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        Load();
        if (Calendar is null)
        {
            return NotYours();
        }
        var reason = Closure.Reason?.Trim();
        var session = string.IsNullOrEmpty(Closure.SessionId) ? null : Closure.SessionId;
        if (Closure.Day is not { } day)
        {
            ModelState.AddModelError("Closure.Day", "Hãy chọn ngày nghỉ.");
        }
        else if (day < Today)
        {
            ModelState.AddModelError("Closure.Day", "Không thể đóng một ngày đã qua.");
        }
        if (string.IsNullOrEmpty(reason) || reason.Length > ReasonMaxLength)
        {
            ModelState.AddModelError("Closure.Reason", "Hãy ghi lý do (tối đa 300 ký tự): người dân sẽ đọc lý do này.");
        }
        if (session is not null && Calendar.Sessions.All(s => s.Id != session))
        {
            ModelState.AddModelError("Closure.SessionId", "Buổi không tồn tại.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var report = await closures.CloseAsync(Officer, new ClosureRequest(Account.OaId, Closure.Day!.Value, session, null, null, reason!));
        Flash = string.Create(CultureInfo.InvariantCulture,
            $"Đã đóng {(session is null ? "cả ngày" : "buổi")} {ConsoleTime.Day(Closure.Day.Value)}: {report.ClosedIds.Count} lịch hẹn bị huỷ, {report.Notified} người được báo qua Zalo.");
        FlashKind = report.ToCall.Count > 0 ? "warn" : "ok";
        ToCall = report.ToCall.Count > 0 ? [.. report.ToCall.Select(c => $"{c.Ticket} · {c.Code} · {c.Name ?? "—"} · {c.Phone ?? "—"}")] : null;
        Week = Closure.Day.Value;
        Load();
        return Page();
    }

    private void Load()
    {
        Today = VietnamTime.Today(clock);
        var shown = Week ?? Today;
        Monday = shown.AddDays(-(((int)shown.DayOfWeek + 6) % 7));
        Calendar = calendar.For(Account.OaId);
        if (Calendar is null)
        {
            return;
        }
        Days = week.Of(Account.OaId, Monday);
        Upcoming = store.Closures(Account.OaId, Today, Today.AddDays(Math.Max(Calendar.HorizonDays, 60)));
    }

    public static string WeekParameter(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The sessions an officer may close one by one, named with their hours (working hours may have several lines).</summary>
    public IEnumerable<(string Id, string Label)> SessionChoices() =>
        Calendar?.Sessions.Select(s => (s.Id, $"{s.Name} ({string.Join(", ", s.Times.Select(t => $"{t.From:HH\\:mm}–{t.To:HH\\:mm}"))})")) ?? [];

    public string SessionName(string? sessionId) =>
        sessionId is null ? "Cả ngày" : Calendar?.Sessions.FirstOrDefault(s => s.Id == sessionId)?.Name ?? sessionId;
}
