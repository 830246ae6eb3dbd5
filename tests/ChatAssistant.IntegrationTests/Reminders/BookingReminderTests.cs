using ChatAssistant.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>Booking and reminders together, with the service's own appointments: what a resident's booking sets in motion.</summary>
public sealed class BookingReminderTests : ReminderHostTest
{
    protected override bool RealBookings => true;

    private BookingDesk Desk => Service.Services.GetRequiredService<BookingDesk>();

    [Fact]
    public async Task BookingSchedulesRemindersThatReachTheResidentAndCancellingRemovesThem()
    {
        await ResidentWritesAsync();
        var kept = (await Desk.BookAsync(new BookingRequest(ServiceUnderTest.OaId, "tam-tru-dang-ky", Local(3, 10), UserId, null, "0912345678"))).Appointment!;
        var dropped = (await Desk.BookAsync(new BookingRequest(ServiceUnderTest.OaId, "can-cuoc-cap-doi", Local(3, 14), UserId, null, null))).Appointment!;

        Assert.Equal([Local(2, 18), Local(3, 8)], await Reminders.PendingAsync(kept.Id, default));
        Assert.True(await Desk.CancelAsync(ServiceUnderTest.OaId, dropped.Code, UserId));
        Assert.Empty(await Reminders.PendingAsync(dropped.Id, default));

        AdvanceTo(Local(2, 18));

        var message = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Contains(kept.Ticket, message.Text, StringComparison.Ordinal);
        Assert.Contains("Đăng ký tạm trú", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReschedulingMovesTheRemindersToTheNewBooking()
    {
        var first = (await Desk.BookAsync(new BookingRequest(ServiceUnderTest.OaId, "tam-tru-dang-ky", Local(3, 10), UserId, null, null))).Appointment!;

        var moved = (await Desk.RescheduleAsync(ServiceUnderTest.OaId, first.Code, Local(4, 9), UserId)).Appointment!;

        Assert.Empty(await Reminders.PendingAsync(first.Id, default));
        Assert.Equal([Local(3, 18), Local(4, 7)], await Reminders.PendingAsync(moved.Id, default));
    }
}
