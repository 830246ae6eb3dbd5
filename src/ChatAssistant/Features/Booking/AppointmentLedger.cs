using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Booking;

/// <summary>The booking writes, each run inside the caller's writer transaction so a booking commits whole or not at all.</summary>
internal static class AppointmentLedger
{
    // The upsert keeps capacity in step with the calendar, but never below the places already taken (the CHECK).
    private const string UpsertSlot = """
        INSERT INTO booking_slots (oa_id, service_id, start_at, capacity, booked)
        VALUES (@oaId, @serviceId, @startAt, @capacity, 0)
        ON CONFLICT (oa_id, service_id, start_at) DO UPDATE SET capacity = max(excluded.capacity, booked)
        """;

    private const string IncrementBooked = """
        UPDATE booking_slots SET booked = booked + 1
        WHERE oa_id = @oaId AND service_id = @serviceId AND start_at = @startAt AND booked < capacity
        """;

    /// <summary>Takes one place of the slot; false when it is full. A full slot can never be taken: see the CHECK on booked.</summary>
    public static bool TakePlace(SqliteConnection connection, SqliteTransaction transaction, string oaId, string serviceId, DateTimeOffset start, int capacity)
    {
        var slot = new { oaId, serviceId, startAt = start.ToUnixTimeMilliseconds(), capacity };
        connection.Execute(UpsertSlot, slot, transaction);
        return connection.Execute(IncrementBooked, slot, transaction) == 1;
    }

    private const string SelectBooked = """
        SELECT booked FROM booking_slots WHERE oa_id = @oaId AND service_id = @serviceId AND start_at = @startAt
        """;

    /// <summary>Whether <see cref="TakePlace"/> would succeed, without taking the place (a reschedule checks before it releases).</summary>
    public static bool HasPlace(SqliteConnection connection, SqliteTransaction transaction, string oaId, string serviceId, DateTimeOffset start, int capacity) =>
        (connection.ExecuteScalar<long?>(SelectBooked, new { oaId, serviceId, startAt = start.ToUnixTimeMilliseconds() }, transaction) ?? 0) < capacity;

    private const string DecrementBooked = """
        UPDATE booking_slots SET booked = booked - 1
        WHERE oa_id = @oaId AND service_id = @serviceId AND start_at = @startAt AND booked > 0
        """;

    public static void ReleasePlace(SqliteConnection connection, SqliteTransaction transaction, string oaId, string serviceId, DateTimeOffset start) =>
        connection.Execute(DecrementBooked, new { oaId, serviceId, startAt = start.ToUnixTimeMilliseconds() }, transaction);

    private const string NextNumber = """
        INSERT INTO booking_ticket_numbers (oa_id, local_day, service_id, last_number)
        VALUES (@oaId, @day, @serviceId, 1)
        ON CONFLICT (oa_id, local_day, service_id) DO UPDATE SET last_number = last_number + 1
        RETURNING last_number
        """;

    public static int NextTicketNumber(SqliteConnection connection, SqliteTransaction transaction, string oaId, DateOnly day, string serviceId) =>
        connection.ExecuteScalar<int>(NextNumber, new { oaId, day = AppointmentRow.Day(day), serviceId }, transaction);

    private const string SelectCodeTaken = "SELECT EXISTS (SELECT 1 FROM appointments WHERE oa_id = @oaId AND code = @code)";

    /// <summary>A code no appointment of the account has; a collision (about one in a billion per booking) draws again.</summary>
    public static string FreeCode(SqliteConnection connection, SqliteTransaction transaction, string oaId)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var code = BookingCode.New();
            if (!connection.ExecuteScalar<bool>(SelectCodeTaken, new { oaId, code }, transaction))
            {
                return code;
            }
        }
        throw new InvalidOperationException($"No free booking code for account {oaId} after 20 draws.");
    }

    private const string SelectSameDay = """
        SELECT EXISTS (
            SELECT 1 FROM appointments
            WHERE oa_id = @oaId AND user_id = @userId AND service_id = @serviceId AND local_day = @day AND status = 'active' AND id <> @excludingId)
        """;

    public static bool HasActiveSameDay(
        SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, string serviceId, DateOnly day, long excludingId) =>
        connection.ExecuteScalar<bool>(SelectSameDay, new { oaId, userId, serviceId, day = AppointmentRow.Day(day), excludingId }, transaction);

    private const string CountUpcoming = """
        SELECT count(*) FROM appointments
        WHERE oa_id = @oaId AND user_id = @userId AND status = 'active' AND end_at > @now AND id <> @excludingId
        """;

    public static int ActiveUpcoming(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, DateTimeOffset now, long excludingId) =>
        connection.ExecuteScalar<int>(CountUpcoming, new { oaId, userId, now = now.ToUnixTimeMilliseconds(), excludingId }, transaction);

    private const string SelectDayClosures = """
        SELECT id, oa_id AS OaId, local_day AS LocalDay, session_id AS SessionId, from_time AS FromTime, to_time AS ToTime, reason
        FROM booking_closures
        WHERE oa_id = @oaId AND local_day = @day
        """;

    public static bool IsClosed(SqliteConnection connection, SqliteTransaction transaction, string oaId, DateOnly day, CalendarSlot slot) =>
        connection.Query<AppointmentStore.ClosureRow>(SelectDayClosures, new { oaId, day = AppointmentRow.Day(day) }, transaction)
            .Any(row => row.ToClosure().Covers(slot));

    private const string SelectActiveByCode = $"""
        SELECT {AppointmentRow.Columns} FROM appointments
        WHERE oa_id = @oaId AND code = @code AND status = 'active' AND (@userId IS NULL OR user_id = @userId)
        """;

    /// <summary>The active appointment with that code; with a user id, only if it is that resident's.</summary>
    public static AppointmentRow? FindActive(SqliteConnection connection, SqliteTransaction transaction, string oaId, string code, string? userId) =>
        BookingCode.Normalize(code) is { } normalized
            ? connection.QuerySingleOrDefault<AppointmentRow>(SelectActiveByCode, new { oaId, code = normalized, userId }, transaction)
            : null;

    private const string UpdateStatus = """
        UPDATE appointments SET status = @status, updated_at = @now WHERE id = @id
        """;

    public static void SetStatus(SqliteConnection connection, SqliteTransaction transaction, long id, AppointmentStatus status, DateTimeOffset now) =>
        connection.Execute(UpdateStatus, new { id, status = AppointmentStatusText.Of(status), now = now.ToUnixTimeMilliseconds() }, transaction);

    private const string UpdateCancelled = """
        UPDATE appointments SET status = 'cancelled', updated_at = @now, cancelled_in_inbox_id = @inboxId WHERE id = @id
        """;

    /// <summary>Cancels the appointment; <paramref name="inboxId"/> is the resident's message whose turn cancels it, if any.</summary>
    public static void Cancel(SqliteConnection connection, SqliteTransaction transaction, long id, DateTimeOffset now, long? inboxId) =>
        connection.Execute(UpdateCancelled, new { id, now = now.ToUnixTimeMilliseconds(), inboxId }, transaction);

    private const string SelectCancelledIn = """
        SELECT id FROM appointments
        WHERE oa_id = @oaId AND code = @code AND status = 'cancelled' AND cancelled_in_inbox_id = @inboxId
        """;

    /// <summary>The appointment with that code that the turn of the message <paramref name="inboxId"/> cancelled; null when none.</summary>
    public static long? CancelledIn(SqliteConnection connection, SqliteTransaction transaction, string oaId, string code, long inboxId) =>
        BookingCode.Normalize(code) is { } normalized
            ? connection.ExecuteScalar<long?>(SelectCancelledIn, new { oaId, code = normalized, inboxId }, transaction)
            : null;

    private const string InsertAppointment = """
        INSERT INTO appointments (oa_id, code, user_id, name, phone, service_id, service_name, start_at, end_at, local_day, session_id,
                                  place_name, place_address, latitude, longitude, counter_id, ticket, ticket_number, walk_in, status,
                                  booked_by, replaces_id, created_at, updated_at, booked_in_inbox_id)
        VALUES (@OaId, @Code, @UserId, @Name, @Phone, @ServiceId, @ServiceName, @StartAt, @EndAt, @LocalDay, @SessionId,
                @PlaceName, @PlaceAddress, @Latitude, @Longitude, @CounterId, @Ticket, @TicketNumber, @WalkIn, 'active',
                @BookedBy, @ReplacesId, @Now, @Now, @BookedInInboxId)
        RETURNING id
        """;

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, NewAppointment row) =>
        connection.ExecuteScalar<long>(InsertAppointment, row, transaction);
}
