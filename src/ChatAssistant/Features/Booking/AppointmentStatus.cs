namespace ChatAssistant.Features.Booking;

public enum AppointmentStatus
{
    /// <summary>Booked and still to come (or being waited for at the counter).</summary>
    Active,
    Cancelled,
    Served,
    NoShow,
    /// <summary>The office closed the day or session (holiday, emergency); the resident was told and offered another slot.</summary>
    Closed,
}
