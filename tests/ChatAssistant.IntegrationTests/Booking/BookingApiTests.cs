using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Features.Booking;
using ChatAssistant.IntegrationTests.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Booking;

/// <summary>Officers read slots, book for callers, work the queue and close days, on the repository calendar and the real clock.</summary>
public sealed class BookingApiTests : OfficerApiTest
{
    private const string IdCard = "can-cuoc-cap-lan-dau";

    private BookingDesk Desk => Service.Services.GetRequiredService<BookingDesk>();

    /// <summary>The first upcoming day the office (not a mobile session) offers identity cards, and its first slot.</summary>
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

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private Task<HttpResponseMessage> BookByPhone(DateTimeOffset start, string name = "Nguyễn Văn A", string phone = "0912 345 678") =>
        Bootstrap.PostAsJsonAsync("/api/admin/bookings", new { oaId = OaA, serviceId = IdCard, start, name, phone });

    [Fact]
    public async Task SlotsNeedAnOfficerOfTheAccountAndShowThePlacesTaken()
    {
        var (day, slot) = FreeOfficeSlot();
        var (_, keyB) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);
        var url = $"/api/admin/slots?oaId={OaA}&serviceId={IdCard}&date={Iso(day)}";
        await Desk.BookAsync(new BookingRequest(OaA, IdCard, slot.Start, "resident-1", null, null));

        using var anonymous = await Service.Http.GetAsync(url);
        using var otherAccount = await ClientWith(keyB).GetAsync(url);
        using var response = await Bootstrap.GetAsync(url);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.OK), (anonymous.StatusCode, otherAccount.StatusCode, response.StatusCode));
        var first = (await JsonOf(response)).EnumerateArray().Single(s => s.GetProperty("start").GetDateTimeOffset() == slot.Start);
        Assert.Equal((2, 1), (first.GetProperty("capacity").GetInt32(), first.GetProperty("booked").GetInt32()));
    }

    [Fact]
    public async Task OfficerBooksACallerUntilTheSlotIsFullThenGetsAConflict()
    {
        var (day, slot) = FreeOfficeSlot();

        using var first = await BookByPhone(slot.Start);
        using var second = await BookByPhone(slot.Start, "Trần Thị B", "+84 912 345 679");
        using var third = await BookByPhone(slot.Start, "Lê Văn C", "0912345670");
        using var badPhone = await BookByPhone(slot.Start, "Lê Văn D", "12");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.BadRequest),
            (first.StatusCode, second.StatusCode, third.StatusCode, badPhone.StatusCode));
        var created = await JsonOf(first);
        Assert.Matches("^[A-Z2-9]{6}$", created.GetProperty("code").GetString());
        Assert.Matches("^A-[0-9]{3}$", created.GetProperty("ticket").GetString());
        Assert.Equal(2L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action = 'booking.create' AND detail NOT LIKE '%091%'"));

        using var list = await Bootstrap.GetAsync($"/api/admin/bookings?oaId={OaA}&date={Iso(day)}");
        var bookings = (await JsonOf(list)).EnumerateArray().ToList();
        Assert.Equal(["Nguyễn Văn A", "Trần Thị B"], bookings.Select(b => b.GetProperty("name").GetString()));
        Assert.All(bookings, b => Assert.Equal("active", b.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task CounterCallsWalkInsInOrderAndRecordsServedAndNoShow()
    {
        using var firstTicket = await Bootstrap.PostAsJsonAsync("/api/admin/queue/walk-ins", new { oaId = OaA, serviceId = IdCard });
        using var secondTicket = await Bootstrap.PostAsJsonAsync("/api/admin/queue/walk-ins", new { oaId = OaA, serviceId = "can-cuoc-cap-doi" });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (firstTicket.StatusCode, secondTicket.StatusCode));
        var firstId = (await JsonOf(firstTicket)).GetProperty("id").GetInt64();
        var secondId = (await JsonOf(secondTicket)).GetProperty("id").GetInt64();

        using var called = await Bootstrap.PostAsync($"/api/admin/queue/call-next?oaId={OaA}&counterId=1", null);
        using var served = await Bootstrap.PostAsync($"/api/admin/queue/{firstId}/served?oaId={OaA}", null);
        using var calledAgain = await Bootstrap.PostAsync($"/api/admin/queue/call-next?oaId={OaA}&counterId=1", null);
        using var noShow = await Bootstrap.PostAsync($"/api/admin/queue/{secondId}/no-show?oaId={OaA}", null);
        using var nobody = await Bootstrap.PostAsync($"/api/admin/queue/call-next?oaId={OaA}&counterId=1", null);
        using var unknownCounter = await Bootstrap.PostAsync($"/api/admin/queue/call-next?oaId={OaA}&counterId=9", null);

        Assert.Equal(firstId, (await JsonOf(called)).GetProperty("id").GetInt64());
        Assert.Equal("served", (await JsonOf(served)).GetProperty("status").GetString());
        Assert.Equal(secondId, (await JsonOf(calledAgain)).GetProperty("id").GetInt64());
        Assert.Equal("no-show", (await JsonOf(noShow)).GetProperty("status").GetString());
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (nobody.StatusCode, unknownCounter.StatusCode));
        using var queue = await Bootstrap.GetAsync($"/api/admin/queue?oaId={OaA}&counterId=1");
        Assert.Equal(["served", "no-show"], (await JsonOf(queue)).EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(AppointmentStatus.NoShow, Service.Services.GetRequiredService<IAppointments>().Find(secondId)!.Status);
    }

    [Fact]
    public async Task ClosingADayTellsItsResidentsAndStopsOfferingIt()
    {
        // The resident booked in chat, so they wrote within the 7-day window; the caller was booked by an officer.
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("resident-closed", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, Patience);
        var (day, slot) = FreeOfficeSlot();
        var booked = await Desk.BookAsync(new BookingRequest(OaA, IdCard, slot.Start, "resident-closed", null, null));
        var caller = await Desk.BookAsync(new BookingRequest(OaA, IdCard, slot.Start, null, "Khách", "0912345678", 1));
        Assert.True(booked.IsBooked && caller.IsBooked);

        using var response = await Bootstrap.PostAsJsonAsync("/api/admin/closures", new { oaId = OaA, date = Iso(day), reason = "đơn vị có nhiệm vụ đột xuất" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await JsonOf(response);
        Assert.Equal(1, report.GetProperty("notified").GetInt32());
        var toCall = Assert.Single(report.GetProperty("toCall").EnumerateArray());
        Assert.Equal((caller.Appointment!.Code, "0912345678"), (toCall.GetProperty("code").GetString(), toCall.GetProperty("phone").GetString()));
        var sent = (await Zalo.WaitForMessagesAsync(2, Patience))[^1];
        Assert.Equal("resident-closed", sent.UserId);
        Assert.Contains(booked.Appointment!.Code, sent.Text, StringComparison.Ordinal);
        Assert.Contains("đơn vị có nhiệm vụ đột xuất", sent.Text, StringComparison.Ordinal);
        Assert.Contains("nhắn \"đặt lịch\"", sent.Text, StringComparison.Ordinal);
        Assert.Empty(Desk.Slots(OaA, IdCard, day));
        Assert.Equal(AppointmentStatus.Closed, Service.Services.GetRequiredService<IAppointments>().Find(booked.Appointment.Id)!.Status);
        Assert.Equal(1L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action = 'booking.close'"));
    }

    [Fact]
    public async Task ClosureWithoutAReasonOrWithAnUnknownSessionIsABadRequest()
    {
        using var noReason = await Bootstrap.PostAsJsonAsync("/api/admin/closures", new { oaId = OaA, date = "2026-12-01", reason = "" });
        using var unknownSession = await Bootstrap.PostAsJsonAsync("/api/admin/closures", new { oaId = OaA, date = "2026-12-01", sessionId = "x", reason = "r" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noReason.StatusCode, unknownSession.StatusCode));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM booking_closures"));
    }
}
