using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>A booked appointment as the features around booking see it: reminders, the survey, the office queue.</summary>
/// <param name="UserId">The resident's Zalo id; null for a booking an officer made for a walk-in or phone caller.</param>
/// <param name="Phone">For reminders by ZNS when the 7-day window has closed, as given (0… or 84…); null when skipped.</param>
/// <param name="Start">UTC; shown in Asia/Ho_Chi_Minh.</param>
/// <param name="Ticket">The queue number for that day and service, e.g. <c>A-012</c>.</param>
public sealed record Appointment(
    long Id,
    string OaId,
    string Code,
    string? UserId,
    string? Phone,
    string ServiceId,
    string ServiceName,
    DateTimeOffset Start,
    DateTimeOffset End,
    string PlaceName,
    string PlaceAddress,
    MapPoint? Location,
    AppointmentStatus Status,
    string Ticket);
