using ChatAssistant.Features.Reminders;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>Outside the 7-day window a reminder goes by ZNS to the phone number, at the fake Zalo API.</summary>
public sealed class ReminderZnsTests : ReminderHostTest
{
    [Fact]
    public async Task ResidentSilentForMoreThanSevenDaysGetsAZnsMessageAtTheirPhone()
    {
        await ResidentWritesAsync();
        AdvanceTo(Local(10, 8));
        await Reminders.ScheduleAsync(Book(1, Local(11, 10)), default);

        AdvanceTo(Local(10, 18));

        var zns = Assert.Single(await Zalo.WaitForTemplateMessagesAsync(1, Patience));
        Assert.Equal("84912345678", zns.Phone);
        Assert.Equal(TemplateId, zns.TemplateId);
        Assert.Equal("reminder-1-day-before-1800", zns.TrackingId);
        Assert.Equal("10:00 11/03/2026", zns.TemplateData["appointment_time"]);
        Assert.Equal("A-001", zns.TemplateData["ticket"]);
        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal((ReminderChannel.Zns, ReminderStatus.Sent), (outcome.Channel, outcome.Status));
        Assert.DoesNotContain(Zalo.Messages, m => m.Path.StartsWith("/v3.0/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OaReminderZaloRefusesAsOutsideTheWindowGoesByZnsInstead()
    {
        // Our record says the resident wrote today, but Zalo's window has closed (-230): the OA message fails for good.
        await ResidentWritesAsync();
        Zalo.FailAlwaysForUser(UserId, -230);
        await Reminders.ScheduleAsync(Book(1, Local(3, 10)), default);

        AdvanceTo(Local(2, 18));

        var zns = Assert.Single(await Zalo.WaitForTemplateMessagesAsync(1, Patience));
        Assert.Equal(("84912345678", "reminder-1-day-before-1800"), (zns.Phone, zns.TrackingId));
        var outcomes = await WaitForDeliveriesAsync(1, 2);
        Assert.Equal(
            [(ReminderChannel.Oa, ReminderStatus.Queued), (ReminderChannel.Zns, ReminderStatus.Sent)],
            outcomes.Select(o => (o.Channel, o.Status)));
    }

    [Fact]
    public async Task ZnsReminderDueInQuietHoursGoesOutAtSix()
    {
        Zalo.EnforceZnsQuietHours = true;
        // Booked at 21:00 for 07:00 tomorrow: the 2-hours-before reminder falls at 05:00, in Zalo's quiet hours.
        AdvanceTo(Local(2, 21));
        await Reminders.ScheduleAsync(Book(1, Local(3, 7), userId: null), default);

        AdvanceTo(Local(3, 5));
        var queued = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal((ReminderChannel.Zns, ReminderStatus.Queued), (queued.Channel, queued.Status));
        Assert.Empty(Zalo.TemplateMessages);

        AdvanceTo(Local(3, 6));
        var zns = Assert.Single(await Zalo.WaitForTemplateMessagesAsync(1, Patience));
        Assert.Equal(Local(3, 6), zns.ReceivedAt);
        Assert.Equal(ReminderStatus.Sent, (await WaitForDeliveriesAsync(1, 2))[1].Status);
    }

    [Fact]
    public async Task ZnsFailingForAPassingReasonIsRetried()
    {
        Zalo.FailNextTemplateSends(-32);
        await Reminders.ScheduleAsync(Book(1, Local(3, 10), userId: null), default);

        AdvanceTo(Local(2, 18));
        await WaitUntilAsync(() => Zalo.TemplateMessages.Count == 1);
        AdvanceTo(Local(2, 18, 1));

        Assert.True(Assert.Single(await Zalo.WaitForTemplateMessagesAsync(1, Patience)).Accepted);
        Assert.Equal(ReminderStatus.Sent, Assert.Single(await WaitForDeliveriesAsync(1, 1)).Status);
    }

    [Fact]
    public async Task ZnsRefusedForGoodIsListedForOfficers()
    {
        Zalo.FailNextTemplateSends(-201);
        await Reminders.ScheduleAsync(Book(1, Local(3, 10), userId: null), default);

        AdvanceTo(Local(2, 18));

        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal((ReminderChannel.Zns, ReminderStatus.Undeliverable), (outcome.Channel, outcome.Status));
        Assert.Single(Deliveries.List(ServiceUnderTest.OaId, ReminderStatus.Undeliverable, Local(2, 0), Local(3, 0)));
    }

    [Fact]
    public async Task WithoutWindowOrPhoneTheReminderIsUndeliverable()
    {
        await Reminders.ScheduleAsync(Book(1, Local(3, 10), phone: null), default);

        AdvanceTo(Local(2, 18));

        var outcome = Assert.Single(await WaitForDeliveriesAsync(1, 1));
        Assert.Equal((ReminderChannel.None, ReminderStatus.Undeliverable), (outcome.Channel, outcome.Status));
        Assert.Empty(Zalo.TemplateMessages);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true in time.");
            await Task.Delay(50);
        }
    }
}
