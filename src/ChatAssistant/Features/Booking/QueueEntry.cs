namespace ChatAssistant.Features.Booking;

/// <summary>A booking or walk-in ticket as officers see it at the counter; it holds the caller's name and phone, so never log it.</summary>
public sealed record QueueEntry(
    long Id,
    string Code,
    string Ticket,
    string ServiceId,
    string ServiceName,
    string CounterId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Status,
    bool WalkIn,
    DateTimeOffset? CalledAt,
    string? UserId,
    string? Name,
    string? Phone,
    string PlaceName)
{
    internal static QueueEntry From(AppointmentRow row) => new(
        row.Id,
        row.Code,
        row.Ticket,
        row.ServiceId,
        row.ServiceName,
        row.CounterId,
        DateTimeOffset.FromUnixTimeMilliseconds(row.StartAt),
        DateTimeOffset.FromUnixTimeMilliseconds(row.EndAt),
        row.Status,
        row.WalkIn != 0,
        row.CalledAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null,
        row.UserId,
        row.Name,
        row.Phone,
        row.PlaceName);
}
