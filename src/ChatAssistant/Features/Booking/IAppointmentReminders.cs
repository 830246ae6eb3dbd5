namespace ChatAssistant.Features.Booking;

/// <summary>
/// What booking tells the reminders: called after the booking's transaction committed. A reschedule is a cancel of
/// the old appointment's reminders and a schedule of the new one's. Reminders re-read the appointment when they
/// fire, so a reminder that could not be cancelled in time still says nothing about a cancelled booking.
/// A call may come again for the same appointment (a resident's turn run again after its commit failed): scheduling
/// again replaces what the first call scheduled, and cancelling again finds nothing left.
/// </summary>
public interface IAppointmentReminders
{
    Task ScheduleAsync(Appointment appointment, CancellationToken cancellationToken);

    Task CancelAsync(long appointmentId, CancellationToken cancellationToken);
}
