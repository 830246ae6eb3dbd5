using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Surveys;
using ChatAssistant.IntegrationTests.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Surveys;

/// <summary>A survey invitation goes out on the resident's lane, the answer comes back by webhook, officers read the index.</summary>
public sealed class SatisfactionApiTests : OfficerApiTest
{
    private static Appointment Served(long id, string? userId) => new(
        id, OaA, "K7M2QX", userId, null, "tam-tru-dang-ky", "Đăng ký tạm trú",
        DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(-45),
        "Trụ sở Công an phường Mẫu", "Số 1 đường Mẫu", null, AppointmentStatus.Served, "B-003");

    private async Task<string> NextReplyToAsync(string userId, int count)
    {
        var messages = await Zalo.WaitForMessagesAsync(count, Patience);
        return messages.Where(m => m.UserId == userId).Last().Text!;
    }

    [Fact]
    public async Task ResidentRatesByChatAndTheIndexCountsIt()
    {
        var survey = Service.Services.GetRequiredService<SatisfactionSurvey>();
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-survey", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, Patience);

        Assert.True(await survey.InviteAsync(Served(501, "u-survey")));
        Assert.False(await survey.InviteAsync(Served(501, "u-survey")));
        Assert.Contains("Đăng ký tạm trú", await NextReplyToAsync("u-survey", 2), StringComparison.Ordinal);
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-survey", "4"));
        Assert.Contains("góp ý", await NextReplyToAsync("u-survey", 3), StringComparison.Ordinal);
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-survey", "bỏ qua"));
        Assert.Contains("Xin cảm ơn bạn đã đánh giá", await NextReplyToAsync("u-survey", 4), StringComparison.Ordinal);

        var rows = await Bootstrap.GetFromJsonAsync<List<SatisfactionRow>>($"/api/admin/satisfaction?oaId={OaA}");

        var row = Assert.Single(rows!);
        Assert.Equal(("tam-tru-dang-ky", 1, 4.0, 100.0), (row.ServiceId, row.Responses, row.AverageRating, row.SatisfiedPercent));
    }

    [Fact]
    public async Task MarkingABookingServedAtTheCounterInvitesTheResident()
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-served", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, Patience);
        var desk = Service.Services.GetRequiredService<BookingDesk>();
        var day = desk.DaysWithPlaces(OaA, "tam-tru-dang-ky", 1)[0].Day;
        var slot = desk.Slots(OaA, "tam-tru-dang-ky", day).First(s => s.PlacesLeft > 0);
        var booked = (await desk.BookAsync(new BookingRequest(OaA, "tam-tru-dang-ky", slot.Start, "u-served", null, null))).Appointment!;

        using var served = await Bootstrap.PostAsync($"/api/admin/queue/{booked.Id}/served?oaId={OaA}", null);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("Đăng ký tạm trú", await NextReplyToAsync("u-served", 2), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WalkInWithoutAZaloAccountIsNotInvited() =>
        Assert.False(await Service.Services.GetRequiredService<SatisfactionSurvey>().InviteAsync(Served(502, null)));

    [Fact]
    public async Task AccountTheOfficerMayNotSeeIsNotFound()
    {
        var (_, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var response = await ClientWith(key).GetAsync($"/api/admin/satisfaction?oaId={OaB}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PeriodEndingBeforeItStartsIsRefused()
    {
        using var response = await Bootstrap.GetAsync($"/api/admin/satisfaction?oaId={OaA}&from=2026-12-01&to=2026-11-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
