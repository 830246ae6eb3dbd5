namespace ChatAssistant.Features.Booking;

/// <summary>Keys of the texts in <c>dialogs/texts/booking-office.yaml</c>: what residents are told of what officers do.</summary>
public static class BookingOfficeTexts
{
    /// <summary>
    /// The apology for a closed booking and the way to book again: <c>{code}</c>, <c>{service}</c>, <c>{date}</c>,
    /// <c>{time}</c>, <c>{place}</c>, <c>{reason}</c>.
    /// </summary>
    public const string Closed = "booking-office-closed";

    public static IEnumerable<string> All => [Closed];
}
