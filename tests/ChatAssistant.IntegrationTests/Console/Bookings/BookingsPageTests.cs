using System.Globalization;
using System.Net;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using ChatAssistant.IntegrationTests.Console.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.Bookings;

/// <summary>The bookings calendar: the week's places, and closing a day through its form.</summary>
public sealed class BookingsPageTests : ConsoleTest
{
    private const string IdCard = "can-cuoc-cap-lan-dau";

    private BookingDesk Desk => Service.Services.GetRequiredService<BookingDesk>();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An upcoming day with a free slot at the office, as residents would book it in chat.</summary>
    private (DateOnly Day, SlotAvailability Slot) FreeOfficeSlot()
    {
        foreach (var day in Desk.DaysWithPlaces(OaA, IdCard, 30))
        {
            if (Desk.Slots(OaA, IdCard, day.Day).FirstOrDefault(s => s.SessionId.StartsWith("hours", StringComparison.Ordinal)) is { } slot)
            {
                return (day.Day, slot);
            }
        }
        throw new InvalidOperationException("The repository calendar offers no office slot in the next 30 days.");
    }

    [Fact]
    public async Task The_week_shows_places_taken_of_each_session()
    {
        var (day, slot) = FreeOfficeSlot();
        Assert.True((await Desk.BookAsync(new BookingRequest(OaA, IdCard, slot.Start, "resident-week", null, null))).IsBooked);
        var client = await SignedInAsAsync(OfficerRole.Viewer, OaA);

        var html = await client.GetPageAsync($"/console/bookings?oa={OaA}&week={Iso(day)}");

        var dayHtml = html[html.IndexOf($"data-day=\"{Iso(day)}\"", StringComparison.Ordinal)..];
        dayHtml = dayHtml[..dayHtml.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Matches("<div class=\"count\">1/[1-9][0-9]*</div>", dayHtml);
        Assert.DoesNotContain("Đóng lịch", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_day_shows_on_the_calendar_and_the_chat_can_no_longer_book_it()
    {
        var (day, slot) = FreeOfficeSlot();
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var page = $"/console/bookings?oa={OaA}&week={Iso(day)}";

        using var close = await client.PostFormAsync(page,
            [new("oa", OaA), new("Closure.Day", Iso(day)), new("Closure.SessionId", ""), new("Closure.Reason", "cán bộ đi tập huấn")],
            "/console/bookings?handler=Close");

        // The closing form answers with the week itself: the residents to phone stay in this response, not in a cookie.
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.DoesNotContain(close.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.Contains("TempData", StringComparison.OrdinalIgnoreCase)));
        var html = await close.Content.ReadAsStringAsync();
        var dayHtml = html[html.IndexOf($"data-day=\"{Iso(day)}\"", StringComparison.Ordinal)..];
        dayHtml = dayHtml[..dayHtml.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Đã đóng</strong>: cán bộ đi tập huấn", dayHtml, StringComparison.Ordinal);
        Assert.Contains("Đã đóng cả ngày", html, StringComparison.Ordinal);
        Assert.Contains(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), html[html.IndexOf("Các ngày nghỉ sắp tới", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Empty(Desk.Slots(OaA, IdCard, day));
        var refused = await Desk.BookAsync(new BookingRequest(OaA, IdCard, slot.Start, "resident-late", null, null));
        Assert.Equal(BookingRefusal.Closed, refused.Refusal);
        Assert.Equal(1L, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'booking.close'"));
    }

    [Fact]
    public async Task A_closure_without_a_reason_or_in_the_past_is_refused_with_a_message()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        using var noReason = await client.PostFormAsync("/console/bookings?oa=" + OaA,
            [new("oa", OaA), new("Closure.Day", Iso(FreeOfficeSlot().Day)), new("Closure.Reason", " ")], "/console/bookings?handler=Close");
        using var past = await client.PostFormAsync("/console/bookings?oa=" + OaA,
            [new("oa", OaA), new("Closure.Day", "2020-01-06"), new("Closure.Reason", "mất điện")], "/console/bookings?handler=Close");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Hãy ghi lý do", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("đã qua", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, Service.Query<long>("SELECT COUNT(*) FROM booking_closures"));
    }

    [Fact]
    public async Task A_viewer_cannot_close_a_day_and_another_account_s_officer_gets_404()
    {
        var day = FreeOfficeSlot().Day;
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);
        var officerB = await SignedInAsAsync(OfficerRole.Officer, OaB);
        KeyValuePair<string, string>[] fields = [new("oa", OaA), new("Closure.Day", Iso(day)), new("Closure.Reason", "mất điện")];

        using var byViewer = await viewer.PostFormAsync("/console/bookings?oa=" + OaA, fields, "/console/bookings?handler=Close");
        using var pageForB = await officerB.GetAsync("/console/bookings?oa=" + OaA);
        using var byB = await officerB.PostFormAsync("/console/bookings", fields, "/console/bookings?handler=Close");

        await QueuePageTests.AssertDeniedAsync(viewer, byViewer);
        Assert.Equal(HttpStatusCode.NotFound, pageForB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byB.StatusCode);
        Assert.Equal(0L, Service.Query<long>("SELECT COUNT(*) FROM booking_closures"));
    }
}
