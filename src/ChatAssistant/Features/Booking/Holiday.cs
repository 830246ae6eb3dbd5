namespace ChatAssistant.Features.Booking;

/// <summary>Days off for everyone (both ends included), from the holidays list of dialogs/booking.yaml.</summary>
public sealed record Holiday(DateOnly From, DateOnly To, string Name)
{
    public bool Covers(DateOnly day) => day >= From && day <= To;
}
