namespace ChatAssistant.Features.Booking;

/// <summary>Appointment statuses as the <c>appointments.status</c> column spells them.</summary>
public static class AppointmentStatusText
{
    public static string Of(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Active => "active",
        AppointmentStatus.Cancelled => "cancelled",
        AppointmentStatus.Served => "served",
        AppointmentStatus.NoShow => "no-show",
        AppointmentStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static AppointmentStatus Parse(string text) => text switch
    {
        "active" => AppointmentStatus.Active,
        "cancelled" => AppointmentStatus.Cancelled,
        "served" => AppointmentStatus.Served,
        "no-show" => AppointmentStatus.NoShow,
        "closed" => AppointmentStatus.Closed,
        _ => throw new InvalidDataException($"Unknown appointment status '{text}'."),
    };
}
