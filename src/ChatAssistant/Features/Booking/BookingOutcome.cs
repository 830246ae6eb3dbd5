namespace ChatAssistant.Features.Booking;

/// <summary>The booked appointment, or why there is none.</summary>
public sealed record BookingOutcome(Appointment? Appointment, BookingRefusal? Refusal)
{
    public bool IsBooked => Appointment is not null;

    public static BookingOutcome Booked(Appointment appointment) => new(appointment, null);

    public static BookingOutcome Refused(BookingRefusal refusal) => new(null, refusal);
}
