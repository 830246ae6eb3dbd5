using System.Globalization;
using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>A row of <c>appointments</c> as Dapper reads it, and the select list that reads it.</summary>
internal sealed record AppointmentRow(
    long Id, string OaId, string Code, string? UserId, string? Name, string? Phone, string ServiceId, string ServiceName,
    long StartAt, long EndAt, string LocalDay, string? SessionId, string PlaceName, string PlaceAddress, double? Latitude, double? Longitude,
    string CounterId, string Ticket, long TicketNumber, long WalkIn, string Status, long? CalledAt)
{
    public const string Columns = """
        id, oa_id AS OaId, code, user_id AS UserId, name, phone, service_id AS ServiceId, service_name AS ServiceName,
        start_at AS StartAt, end_at AS EndAt, local_day AS LocalDay, session_id AS SessionId, place_name AS PlaceName,
        place_address AS PlaceAddress, latitude, longitude, counter_id AS CounterId, ticket, ticket_number AS TicketNumber,
        walk_in AS WalkIn, status, called_at AS CalledAt
        """;

    public const string DayFormat = "yyyy-MM-dd";

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public Appointment ToAppointment() => new(
        Id,
        OaId,
        Code,
        UserId,
        Phone,
        ServiceId,
        ServiceName,
        DateTimeOffset.FromUnixTimeMilliseconds(StartAt),
        DateTimeOffset.FromUnixTimeMilliseconds(EndAt),
        PlaceName,
        PlaceAddress,
        Latitude is { } lat && Longitude is { } lng ? new MapPoint(lat, lng) : null,
        AppointmentStatusText.Parse(Status),
        Ticket);
}
