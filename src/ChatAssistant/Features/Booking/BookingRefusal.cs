namespace ChatAssistant.Features.Booking;

/// <summary>Why a booking (or a move to another slot) was not made.</summary>
public enum BookingRefusal
{
    /// <summary>Every place of the slot is taken.</summary>
    SlotFull,
    /// <summary>The resident already holds a booking for this service on that day.</summary>
    AlreadyBookedThatDay,
    /// <summary>The resident holds as many upcoming bookings as the calendar allows.</summary>
    LimitReached,
    /// <summary>The slot starts within the lead time (or has passed).</summary>
    TooSoon,
    /// <summary>The slot is after the last bookable day.</summary>
    BeyondHorizon,
    /// <summary>The day is a holiday, or the office closed the day or session.</summary>
    Closed,
    /// <summary>The calendar has no such slot for the service (or no such service, or account).</summary>
    NotASlot,
    /// <summary>No active booking with that code (for this resident).</summary>
    NotFound,
}
