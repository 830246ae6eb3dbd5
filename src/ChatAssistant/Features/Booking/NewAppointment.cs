namespace ChatAssistant.Features.Booking;

/// <summary>The values of a new <c>appointments</c> row, named as the insert's parameters.</summary>
internal sealed record NewAppointment(
    string OaId, string Code, string? UserId, string? Name, string? Phone, string ServiceId, string ServiceName,
    long StartAt, long EndAt, string LocalDay, string? SessionId, string PlaceName, string PlaceAddress, double? Latitude, double? Longitude,
    string CounterId, string Ticket, int TicketNumber, int WalkIn, long? BookedBy, long? ReplacesId, long Now,
    long? BookedInInboxId = null)
{
    public Appointment ToAppointment(long id) => new AppointmentRow(
        id, OaId, Code, UserId, Name, Phone, ServiceId, ServiceName, StartAt, EndAt, LocalDay, SessionId, PlaceName, PlaceAddress,
        Latitude, Longitude, CounterId, Ticket, TicketNumber, WalkIn, "active", null).ToAppointment();
}
