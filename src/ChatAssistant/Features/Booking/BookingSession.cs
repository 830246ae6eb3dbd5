using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>
/// Times the account receives booked residents: its working hours, or an extra session (Saturday mornings,
/// a mobile session at a village hall). Weekly on <see cref="Days"/>, or on the listed <see cref="Dates"/>.
/// </summary>
/// <param name="ServiceIds">The services offered; empty for all of the account's services.</param>
public sealed record BookingSession(
    string Id,
    string Name,
    IReadOnlyList<DayOfWeek> Days,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<TimeRange> Times,
    BookingPlace Place,
    IReadOnlyList<string> ServiceIds,
    int Capacity)
{
    /// <summary>The id of the session made from the account's <c>hours</c>.</summary>
    public const string WorkingHoursId = "hours";

    public bool IsOn(DateOnly day) => Dates.Count > 0 ? Dates.Contains(day) : Days.Contains(day.DayOfWeek);

    public bool Offers(string serviceId) => ServiceIds.Count == 0 || ServiceIds.Contains(serviceId, StringComparer.Ordinal);
}
