namespace ChatAssistant.Features.Booking;

/// <summary>What happens after an officer marks an appointment served (the satisfaction survey); called after commit.</summary>
public interface IAppointmentServed
{
    Task ServedAsync(Appointment appointment, CancellationToken cancellationToken);
}
