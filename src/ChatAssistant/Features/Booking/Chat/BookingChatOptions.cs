namespace ChatAssistant.Features.Booking.Chat;

/// <summary>The <c>Booking</c> section, for the booking conversation.</summary>
public sealed class BookingChatOptions
{
    public const string SectionName = "Booking";

    /// <summary>
    /// The picture on Zalo's "share your information" card, offered when the flow asks for a phone number so the
    /// resident can share it with one tap. Zalo shows the card only with a picture, so without one the flow asks
    /// for the number as text alone.
    /// </summary>
    public Uri? InfoCardImageUrl { get; set; }
}
