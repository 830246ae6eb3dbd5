using System.Diagnostics.Metrics;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>A reminder fired through the real Quartz store counts as fired, with how late it fired.</summary>
public sealed class ReminderMetricsTests : ReminderHostTest
{
    [Fact]
    public async Task AReminderFiredAfterItsTimeRecordsHowLate()
    {
        var meters = Service.Services.GetRequiredService<IMeterFactory>();
        using var fired = TestMeters.Collect<long>(meters, "chatassistant.reminders.fired");
        using var lateness = TestMeters.Collect<double>(meters, "chatassistant.reminders.lateness");
        await ResidentWritesAsync();
        await Reminders.ScheduleAsync(Book(1, Local(3, 10)), default);

        AdvanceTo(Local(2, 17, 59));
        // One step over 18:00: the trigger fires when the clock is already 40 s past it.
        Clock.Advance(TimeSpan.FromSeconds(100));
        await WaitForDeliveriesAsync(1, 1);

        Assert.Equal(1, fired.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(40.0, Assert.Single(lateness.GetMeasurementSnapshot()).Value);
    }
}
