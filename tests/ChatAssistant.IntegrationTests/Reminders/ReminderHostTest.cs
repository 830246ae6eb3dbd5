using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Storage;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>
/// The real host with the real Quartz SQLite store in a temp folder, on a manual clock Quartz follows too, talking to
/// the fake Zalo API. Appointments come from <see cref="TestAppointments"/>; a test may restart the host on the same files.
/// </summary>
public abstract class ReminderHostTest : IAsyncLifetime
{
    public const string TemplateId = "315842";
    public const string UserId = "246845883529197922";

    protected static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    protected TempFolder Folder { get; } = new();

    /// <summary>Monday 2 March 2026, 08:00 in Vietnam.</summary>
    protected ManualClock Clock { get; } = new();

    protected TestAppointments Appointments { get; } = new();
    protected FakeZaloApi Zalo { get; private set; } = null!;
    protected ServiceUnderTest Service { get; private set; } = null!;

    protected AppointmentReminders Reminders => Service.Services.GetRequiredService<AppointmentReminders>();
    protected ReminderDeliveries Deliveries => Service.Services.GetRequiredService<ReminderDeliveries>();

    public async Task InitializeAsync()
    {
        Zalo = await FakeZaloApi.StartAsync(Clock);
        Zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
        Service = await StartServiceAsync();
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Zalo.DisposeAsync();
        Folder.Dispose();
    }

    /// <summary>Stops the host as a deployment would, then starts a new one on the same database and job store.</summary>
    protected async Task RestartAsync(Action? whileDown = null)
    {
        await Service.StopAsync();
        await Service.DisposeAsync();
        whileDown?.Invoke();
        Service = await StartServiceAsync();
    }

    private Task<ServiceUnderTest> StartServiceAsync() =>
        ServiceUnderTest.StartAsync(Folder.File("service.db"), Zalo, new Dictionary<string, string>
        {
            ["Reminders:ZnsTemplateId"] = TemplateId,
            ["Reminders:ZnsRetryDelay"] = "00:00:10",
        }, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (!RealBookings)
            {
                services.AddSingleton<IAppointments>(Appointments);
            }
            Override(services);
        });

    /// <summary>Services a test class replaces in each host it starts.</summary>
    protected virtual void Override(IServiceCollection services)
    {
    }

    /// <summary>True to keep the service's own appointments (booking's store) instead of <see cref="TestAppointments"/>.</summary>
    protected virtual bool RealBookings => false;

    protected static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, Vietnam);

    protected Appointment Book(long id, DateTimeOffset start, string? userId = UserId, string? phone = "0912345678") =>
        Appointments.Put(new Appointment(
            id, ServiceUnderTest.OaId, $"LH-{id:0000}", userId, phone, "cccd", "Cấp thẻ căn cước",
            start.ToUniversalTime(), start.ToUniversalTime().AddMinutes(15), "Công an phường Thử", "12 Lý Thường Kiệt, Hoàn Kiếm",
            new MapPoint(21.028511, 105.854167), AppointmentStatus.Active, $"A-{id:000}"));

    /// <summary>Records a message from the resident now, as a turn does: it opens the 7-day window.</summary>
    protected Task ResidentWritesAsync(string userId = UserId)
    {
        var residents = Service.Services.GetRequiredService<ResidentStore>();
        return Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((connection, transaction) =>
            residents.Record(connection, transaction, ServiceUnderTest.OaId, userId, interacted: true, following: true));
    }

    /// <summary>Moves the clock to <paramref name="to"/> in steps, so Quartz sees every trigger on the way come due.</summary>
    protected void AdvanceTo(DateTimeOffset to)
    {
        while (Clock.UtcNow < to)
        {
            var step = to - Clock.UtcNow;
            Clock.Advance(step > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : step);
        }
    }

    /// <summary>Waits until <paramref name="count"/> outcomes are recorded for the appointment.</summary>
    protected async Task<IReadOnlyList<ReminderDelivery>> WaitForDeliveriesAsync(long appointmentId, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var rows = Deliveries.ForAppointment(appointmentId);
            if (rows.Count >= count)
            {
                return rows;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} reminder outcome(s) of appointment {appointmentId}; got: " +
                    string.Join("; ", rows.Select(r => $"{r.Rule} {r.Channel} {r.Status} ({r.Reason})")));
            }
            await Task.Delay(50);
        }
    }
}
