using System.Globalization;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.Booking;

/// <summary>Reads of the booking tables: appointments, places taken per slot, closures.</summary>
public sealed class AppointmentStore(SqliteConnectionFactory connections) : IAppointments
{
    private const string SelectById = $"SELECT {AppointmentRow.Columns} FROM appointments WHERE id = @id";

    public Appointment? Find(long id)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<AppointmentRow>(SelectById, new { id })?.ToAppointment();
    }

    private const string SelectByCode = $"SELECT {AppointmentRow.Columns} FROM appointments WHERE oa_id = @oaId AND code = @code";

    /// <summary>The account's appointment with that code, whatever its status; null when unknown.</summary>
    public Appointment? FindByCode(string oaId, string code)
    {
        if (BookingCode.Normalize(code) is not { } normalized)
        {
            return null;
        }
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<AppointmentRow>(SelectByCode, new { oaId, code = normalized })?.ToAppointment();
    }

    private const string SelectBookedIn = $"""
        SELECT {AppointmentRow.Columns} FROM appointments WHERE oa_id = @oaId AND booked_in_inbox_id = @inboxId
        """;

    /// <summary>The appointment the turn of the resident's message <paramref name="inboxId"/> booked, whatever its status; null when none.</summary>
    public Appointment? BookedIn(string oaId, long inboxId)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<AppointmentRow>(SelectBookedIn, new { oaId, inboxId })?.ToAppointment();
    }

    private const string SelectUpcoming = $"""
        SELECT {AppointmentRow.Columns}
        FROM appointments
        WHERE oa_id = @oaId AND user_id = @userId AND status = 'active' AND end_at > @now
        ORDER BY start_at, id
        """;

    /// <summary>The resident's active bookings that have not ended, soonest first.</summary>
    public IReadOnlyList<Appointment> Upcoming(string oaId, string userId, DateTimeOffset now)
    {
        using var connection = connections.Open();
        return [.. connection.Query<AppointmentRow>(SelectUpcoming, new { oaId, userId, now = now.ToUnixTimeMilliseconds() })
            .Select(r => r.ToAppointment())];
    }

    private const string SelectDay = $"""
        SELECT {AppointmentRow.Columns}
        FROM appointments
        WHERE oa_id = @oaId AND local_day = @day
        ORDER BY start_at, ticket
        """;

    /// <summary>Every appointment and walk-in ticket of the day, whatever its status, in time order.</summary>
    internal IReadOnlyList<AppointmentRow> Day(string oaId, DateOnly day)
    {
        using var connection = connections.Open();
        return connection.Query<AppointmentRow>(SelectDay, new { oaId, day = AppointmentRow.Day(day) }).AsList();
    }

    private const string SelectBooked = """
        SELECT start_at AS StartAt, booked
        FROM booking_slots
        WHERE oa_id = @oaId AND service_id = @serviceId AND start_at >= @from AND start_at < @to
        """;

    /// <summary>Places taken per slot start (unix ms) of the service between two instants.</summary>
    public IReadOnlyDictionary<long, int> Booked(string oaId, string serviceId, DateTimeOffset from, DateTimeOffset to)
    {
        using var connection = connections.Open();
        return connection.Query<(long StartAt, int Booked)>(SelectBooked,
                new { oaId, serviceId, from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds() })
            .ToDictionary(r => r.StartAt, r => r.Booked);
    }

    private const string SelectClosures = """
        SELECT id, oa_id AS OaId, local_day AS LocalDay, session_id AS SessionId, from_time AS FromTime, to_time AS ToTime, reason
        FROM booking_closures
        WHERE oa_id = @oaId AND local_day >= @from AND local_day <= @to
        ORDER BY id
        """;

    /// <summary>The account's closures of the days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IReadOnlyList<BookingClosure> Closures(string oaId, DateOnly from, DateOnly to)
    {
        using var connection = connections.Open();
        return [.. connection.Query<ClosureRow>(SelectClosures, new { oaId, from = AppointmentRow.Day(from), to = AppointmentRow.Day(to) })
            .Select(r => r.ToClosure())];
    }

    internal sealed record ClosureRow(long Id, string OaId, string LocalDay, string? SessionId, string? FromTime, string? ToTime, string Reason)
    {
        public BookingClosure ToClosure() => new(
            Id,
            OaId,
            DateOnly.ParseExact(LocalDay, AppointmentRow.DayFormat, CultureInfo.InvariantCulture),
            SessionId,
            FromTime is null ? null : TimeOnly.ParseExact(FromTime, "HH:mm", CultureInfo.InvariantCulture),
            ToTime is null ? null : TimeOnly.ParseExact(ToTime, "HH:mm", CultureInfo.InvariantCulture),
            Reason);
    }
}
