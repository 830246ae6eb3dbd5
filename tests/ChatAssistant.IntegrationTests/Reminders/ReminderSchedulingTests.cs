using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>Reminders through the real Quartz store: they fire at their time, and cancel, reschedule and restarts behave.</summary>
public sealed class ReminderSchedulingTests : ReminderHostTest
{
    [Fact]
    public async Task BookingSchedulesTheEveningBeforeAndTwoHoursBeforeAndTheFirstReachesTheResidentByOa()
    {
        await ResidentWritesAsync();
        var appointment = Book(1, Local(3, 10));

        await Reminders.ScheduleAsync(appointment, default);

        Assert.Equal([Local(2, 18), Local(3, 8)], await Reminders.PendingAsync(1, default));
        AdvanceTo(Local(2, 18));
        var sent = await Zalo.WaitForMessagesAsync(1, Patience);
        var message = Assert.Single(sent);
        Assert.Equal(UserId, message.UserId);
        Assert.Contains("thứ Ba 03/03 lúc 10:00", message.Text, StringComparison.Ordinal);
        Assert.Contains("A-001", message.Text, StringComparison.Ordinal);
        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal((ReminderChannel.Oa, ReminderStatus.Queued), (outcome.Channel, outcome.Status));
        Assert.Equal([Local(3, 8)], await Reminders.PendingAsync(1, default));
    }

    [Fact]
    public async Task CancelledAppointmentGetsNoReminder()
    {
        await ResidentWritesAsync();
        var cancelled = Book(1, Local(3, 10));
        await Reminders.ScheduleAsync(cancelled, default);
        // A later appointment whose reminder shows that the clock passed the cancelled one's times.
        await Reminders.ScheduleAsync(Book(2, Local(3, 11)), default);

        await Reminders.CancelAsync(1, default);
        Appointments.Put(cancelled with { Status = AppointmentStatus.Cancelled });

        Assert.Empty(await Reminders.PendingAsync(1, default));
        AdvanceTo(Local(3, 9));
        await WaitForDeliveriesAsync(2, 2);
        Assert.Empty(Deliveries.ForAppointment(1));
        Assert.All(Zalo.Messages, m => Assert.Contains("A-002", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RescheduleReplacesTheOldRemindersWithTheNewOnes()
    {
        await ResidentWritesAsync();
        var original = Book(1, Local(3, 10));
        await Reminders.ScheduleAsync(original, default);

        var moved = Appointments.Put(original with { Start = Local(4, 9).ToUniversalTime() });
        await Reminders.CancelAsync(1, default);
        await Reminders.ScheduleAsync(moved, default);

        Assert.Equal([Local(3, 18), Local(4, 7)], await Reminders.PendingAsync(1, default));
        AdvanceTo(Local(3, 18));
        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal("day-before-1800", outcome.Rule);
        Assert.Equal(Local(3, 18), outcome.DueAt);
        Assert.Contains("thứ Tư 04/03 lúc 09:00", Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderLeftBehindByAMoveSaysNothingAboutTheOldTime()
    {
        await ResidentWritesAsync();
        var original = Book(1, Local(3, 10));
        await Reminders.ScheduleAsync(original, default);

        // Booking moved the appointment but its call to the reminders never arrived.
        Appointments.Put(original with { Start = Local(5, 10).ToUniversalTime() });
        AdvanceTo(Local(2, 18));

        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal(ReminderStatus.Skipped, outcome.Status);
        Assert.Empty(Zalo.Messages);
    }

    [Fact]
    public async Task ReminderSurvivesARestartAndIsSentLateWhenItCameDueWhileTheServiceWasDown()
    {
        await ResidentWritesAsync();
        await Reminders.ScheduleAsync(Book(1, Local(3, 10)), default);

        // Down from 17:00 until 19:00: the 18:00 reminder is missed, the appointment still ahead.
        AdvanceTo(Local(2, 17));
        await RestartAsync(whileDown: () => AdvanceTo(Local(2, 19)));

        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal((ReminderChannel.Oa, ReminderStatus.Queued), (outcome.Channel, outcome.Status));
        Assert.Contains("A-001", Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience)).Text, StringComparison.Ordinal);
        Assert.Equal([Local(3, 8)], await Reminders.PendingAsync(1, default));
    }

    [Fact]
    public async Task ReminderMissedUntilTheAppointmentBeganIsDroppedAndRecorded()
    {
        await ResidentWritesAsync();
        // 20:00 today: only the 2-hours-before reminder (18:00) is still ahead at booking.
        await Reminders.ScheduleAsync(Book(1, Local(2, 20)), default);

        await RestartAsync(whileDown: () => AdvanceTo(Local(2, 21)));

        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal(("before-120m", ReminderStatus.Dropped), (outcome.Rule, outcome.Status));
        Assert.Empty(Zalo.Messages);
    }

    [Fact]
    public async Task ReminderHeldUpByAnOutageOfZaloUntilTheAppointmentBeganIsGivenUpNotSentLate()
    {
        await ResidentWritesAsync();
        // 11:00 today: the 2-hours-before reminder falls at 09:00, while Zalo is down until noon.
        await Reminders.ScheduleAsync(Book(1, Local(2, 11)), default);
        Zalo.BeginOutage(ZaloOutage.ServiceUnavailable, Local(2, 12));

        AdvanceTo(Local(2, 9));
        await WaitForDeliveriesAsync(1, 1);
        AdvanceTo(Local(2, 11));
        var outcomes = await WaitForDeliveriesAsync(1, 2);
        AdvanceTo(Local(2, 13));
        await Task.Delay(300);

        Assert.Equal(
            [(ReminderChannel.Oa, ReminderStatus.Queued), (ReminderChannel.None, ReminderStatus.Dropped)],
            outcomes.Select(o => (o.Channel, o.Status)));
        Assert.NotEmpty(Zalo.TurnedAway);
        Assert.Empty(Zalo.AcceptedMessages);
        Assert.StartsWith("gave up", Service.Query<string>("SELECT error_message FROM outbox_messages"), StringComparison.Ordinal);
    }
}
