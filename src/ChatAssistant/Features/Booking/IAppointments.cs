namespace ChatAssistant.Features.Booking;

/// <summary>Reads appointments for the features that act on them later (a reminder checks the booking still stands).</summary>
public interface IAppointments
{
    Appointment? Find(long id);
}
