using ChatAssistant.Features.Booking;

namespace ChatAssistant.Features.Reminders;

/// <summary>Stands in for booking's <see cref="IAppointments"/> in a service without booking: every reminder finds no appointment and is skipped.</summary>
internal sealed class NoAppointments : IAppointments
{
    public Appointment? Find(long id) => null;
}
