using ChatAssistant.Features.Booking;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Reminders;

/// <summary>The <c>reminder_deliveries</c> table: every reminder's outcome, and the undeliverable ones officers follow up.</summary>
public sealed class ReminderDeliveries(SqliteWriter writer, SqliteConnectionFactory connections, TimeProvider clock)
{
    private const string InsertDelivery = """
        INSERT INTO reminder_deliveries
            (oa_id, appointment_id, appointment_code, appointment_start, rule, channel, status, reason, due_at, done_at)
        VALUES (@oaId, @appointmentId, @code, @start, @rule, @channel, @status, @reason, @dueAt, @now)
        """;

    /// <summary>Records an outcome inside the caller's transaction (so an OA reminder and its outbox row commit together).</summary>
    public void Record(
        SqliteConnection connection, SqliteTransaction transaction, ReminderJobData job, Appointment? appointment,
        ReminderChannel channel, ReminderStatus status, string reason) =>
        connection.ExecutePrepared(transaction, InsertDelivery,
            ("oaId", job.OaId),
            ("appointmentId", job.AppointmentId),
            ("code", appointment?.Code),
            ("start", appointment?.Start.ToUnixTimeMilliseconds()),
            ("rule", job.Rule.Name),
            ("channel", channel.ToString().ToLowerInvariant()),
            ("status", status.ToString().ToLowerInvariant()),
            ("reason", reason),
            ("dueAt", job.DueAt.ToUnixTimeMilliseconds()),
            ("now", clock.GetUtcNow().ToUnixTimeMilliseconds()));

    public Task RecordAsync(ReminderJobData job, Appointment? appointment, ReminderChannel channel, ReminderStatus status, string reason) =>
        writer.WriteAsync((connection, transaction) => Record(connection, transaction, job, appointment, channel, status, reason));

    private const string SelectByStatus = """
        SELECT id, oa_id AS OaId, appointment_id AS AppointmentId, appointment_code AS AppointmentCode,
               appointment_start AS AppointmentStart, rule, channel, status, reason, due_at AS DueAt, done_at AS DoneAt
        FROM reminder_deliveries
        WHERE oa_id = @oaId AND status = @status AND due_at >= @from AND due_at < @to
        ORDER BY due_at, id
        LIMIT @limit
        """;

    /// <summary>An account's reminders with the given outcome that were due in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public IReadOnlyList<ReminderDelivery> List(string oaId, ReminderStatus status, DateTimeOffset from, DateTimeOffset to, int limit = 1000)
    {
        using var connection = connections.Open();
        return [.. connection.Query<Row>(SelectByStatus, new
        {
            oaId,
            status = status.ToString().ToLowerInvariant(),
            from = from.ToUnixTimeMilliseconds(),
            to = to.ToUnixTimeMilliseconds(),
            limit,
        }).Select(r => r.ToDelivery())];
    }

    private const string SelectForAppointment = """
        SELECT id, oa_id AS OaId, appointment_id AS AppointmentId, appointment_code AS AppointmentCode,
               appointment_start AS AppointmentStart, rule, channel, status, reason, due_at AS DueAt, done_at AS DoneAt
        FROM reminder_deliveries
        WHERE appointment_id = @appointmentId
        ORDER BY id
        """;

    /// <summary>Every outcome recorded for one appointment, in order.</summary>
    public IReadOnlyList<ReminderDelivery> ForAppointment(long appointmentId)
    {
        using var connection = connections.Open();
        return [.. connection.Query<Row>(SelectForAppointment, new { appointmentId }).Select(r => r.ToDelivery())];
    }

    private sealed record Row(
        long Id, string OaId, long AppointmentId, string? AppointmentCode, long? AppointmentStart,
        string Rule, string Channel, string Status, string Reason, long DueAt, long DoneAt)
    {
        public ReminderDelivery ToDelivery() => new(
            Id, OaId, AppointmentId, AppointmentCode,
            AppointmentStart is { } start ? DateTimeOffset.FromUnixTimeMilliseconds(start) : null,
            Rule,
            Enum.Parse<ReminderChannel>(Channel, ignoreCase: true),
            Enum.Parse<ReminderStatus>(Status, ignoreCase: true),
            Reason,
            DateTimeOffset.FromUnixTimeMilliseconds(DueAt),
            DateTimeOffset.FromUnixTimeMilliseconds(DoneAt));
    }
}
