using ChatAssistant.Accounts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Surveys;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Satisfaction;

/// <summary>The satisfaction index of the picked account: per month over the last year, per service in a chosen month.</summary>
public sealed class IndexModel(
    AccountDirectory accounts, SurveyStore surveys, BookingCalendar calendar, ProcedureCatalogue catalogue, TimeProvider clock) : ConsolePage
{
    /// <summary>The month shown per service, as <c>yyyy-MM</c>; the current month when absent or outside the year shown.</summary>
    [BindProperty(SupportsGet = true, Name = "thang")]
    public string? RequestedMonth { get; set; }

    public IReadOnlyList<string> Months { get; private set; } = [];

    public string Month { get; private set; } = "";

    public IReadOnlyList<IndexLine> PerMonth { get; private set; } = [];

    public IReadOnlyList<IndexLine> PerService { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        var today = VietnamTime.Today(clock);
        Months = SatisfactionSummary.MonthsEndingWith(today);
        Month = RequestedMonth is { } asked && Months.Contains(asked) ? asked : Months[^1];
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var rows = surveys.Index(Account.OaId, VietnamTime.At(first, TimeOnly.MinValue), VietnamTime.At(today.AddDays(1), TimeOnly.MinValue));
        PerMonth = SatisfactionSummary.PerMonth(rows, Months);
        var services = calendar.For(Account.OaId);
        PerService = SatisfactionSummary.PerService(rows, Month, id => services?.Service(id)?.Name ?? catalogue.Find(id)?.Name ?? id);
        return Page();
    }

    public AccountPicker PickerKeepingMonth => Picker(("thang", Month));

    public string MonthChart() => BarChart.Render("chart-months", "Chỉ số hài lòng theo tháng",
        "Tỉ lệ người dân đánh giá 4 hoặc 5 sao trong 12 tháng gần nhất; bảng số liệu ở dưới biểu đồ.",
        [.. PerMonth.Select(l => new Bar(l.Label[..2] + "/" + l.Label[^2..], l.SatisfiedPercent, l.Shown))], scaleMax: 100);

    public string ServiceChart() => BarChart.Render("chart-services", $"Chỉ số hài lòng theo dịch vụ, tháng {SatisfactionSummary.MonthLabel(Month)}",
        "Tỉ lệ người dân đánh giá 4 hoặc 5 sao cho từng dịch vụ trong tháng đã chọn; bảng số liệu ở dưới biểu đồ.",
        [.. PerService.Select(l => new Bar(l.Label, l.SatisfiedPercent, l.Shown))], scaleMax: 100);
}
