using System.Collections.Concurrent;
using ChatAssistant.Features.Booking;

namespace ChatAssistant.IntegrationTests.Reminders;

/// <summary>Booking's <see cref="IAppointments"/> for reminder tests: appointments the test puts and changes by hand.</summary>
public sealed class TestAppointments : IAppointments
{
    private readonly ConcurrentDictionary<long, Appointment> _appointments = new();

    public Appointment? Find(long id) => _appointments.GetValueOrDefault(id);

    public Appointment Put(Appointment appointment)
    {
        _appointments[appointment.Id] = appointment;
        return appointment;
    }
}
