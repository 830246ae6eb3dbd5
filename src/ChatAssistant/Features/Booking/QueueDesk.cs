using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.Booking;

/// <summary>The day's queue of each counter: the list, call the next ticket, served, no-show, and walk-in tickets.</summary>
/// <remarks>
/// Booked residents and walk-ins share one queue per counter, called in order of their time, then first come first served:
/// a booking is called once its slot has begun, a walk-in from the moment the ticket is printed. Each action is one
/// writer transaction with its audit row.
/// </remarks>
public sealed partial class QueueDesk(
    BookingCalendar calendar, AppointmentStore store, SqliteWriter writer, AuditLog audit, TimeProvider clock,
    IEnumerable<IAppointmentServed> served, ILogger<QueueDesk> logger)
{
    public const string CallAction = "queue.call";
    public const string ServedAction = "queue.served";
    public const string NoShowAction = "queue.no-show";
    public const string WalkInAction = "queue.walk-in";

    /// <summary>The day's bookings and tickets of the account (of one counter when given), in calling order.</summary>
    public IReadOnlyList<QueueEntry> List(string oaId, DateOnly day, string? counterId) =>
        [.. store.Day(oaId, day).Where(r => counterId is null || r.CounterId == counterId).Select(QueueEntry.From)];

    private const string SelectNext = $"""
        SELECT {AppointmentRow.Columns}
        FROM appointments
        WHERE oa_id = @oaId AND local_day = @day AND counter_id = @counterId AND status = 'active' AND called_at IS NULL AND start_at <= @now
        ORDER BY start_at, id
        LIMIT 1
        """;

    private const string UpdateCalled = "UPDATE appointments SET called_at = @now, updated_at = @now WHERE id = @id";

    /// <summary>Marks the next waiting ticket of the counter as called; null when nobody is due, or the counter is unknown.</summary>
    public async Task<QueueEntry?> CallNextAsync(Officer officer, string oaId, string counterId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (calendar.For(oaId)?.Counter(counterId) is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        return await writer.WriteAsync<QueueEntry?>((connection, transaction) =>
        {
            var next = connection.QuerySingleOrDefault<AppointmentRow>(SelectNext,
                new { oaId, day = AppointmentRow.Day(VietnamTime.DayOf(now)), counterId, now = now.ToUnixTimeMilliseconds() }, transaction);
            if (next is null)
            {
                return null;
            }
            connection.Execute(UpdateCalled, new { id = next.Id, now = now.ToUnixTimeMilliseconds() }, transaction);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, CallAction, oaId, next.Ticket, detail: $"counter={counterId}");
            return QueueEntry.From(next with { CalledAt = now.ToUnixTimeMilliseconds() });
        }).ConfigureAwait(false);
    }

    private const string SelectActiveById = $"SELECT {AppointmentRow.Columns} FROM appointments WHERE id = @id AND oa_id = @oaId AND status = 'active'";

    /// <summary>Records that the resident was served or did not come; null when there is no such active entry.</summary>
    public async Task<QueueEntry?> FinishAsync(Officer officer, string oaId, long id, AppointmentStatus outcome)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (outcome is not (AppointmentStatus.Served or AppointmentStatus.NoShow))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Only Served or NoShow finish a queue entry.");
        }
        var now = clock.GetUtcNow();
        var entry = await writer.WriteAsync<QueueEntry?>((connection, transaction) =>
        {
            if (connection.QuerySingleOrDefault<AppointmentRow>(SelectActiveById, new { id, oaId }, transaction) is not { } row)
            {
                return null;
            }
            AppointmentLedger.SetStatus(connection, transaction, id, outcome, now);
            var action = outcome == AppointmentStatus.Served ? ServedAction : NoShowAction;
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, action, oaId, row.Ticket, detail: null);
            return QueueEntry.From(row with { Status = AppointmentStatusText.Of(outcome) });
        }).ConfigureAwait(false);
        if (entry is not null && outcome == AppointmentStatus.Served && store.Find(id) is { } appointment)
        {
            foreach (var follower in served)
            {
                try
                {
                    await follower.ServedAsync(appointment, CancellationToken.None).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // "Served" has committed: a survey that cannot be raised must not make the officer's click look failed.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogFollowUpFailed(logger, ex, id);
                }
            }
        }
        return entry;
    }

    /// <summary>Prints a ticket for someone who came without booking: due at once, at the service's counter.</summary>
    /// <returns>Null when the account has no such service.</returns>
    public async Task<QueueEntry?> WalkInAsync(Officer officer, string oaId, string serviceId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (calendar.For(oaId) is not { } account || account.Service(serviceId) is not { } service)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var day = VietnamTime.DayOf(now);
        var id = await writer.WriteAsync((connection, transaction) =>
        {
            var id = InsertWalkIn(connection, transaction, account, service, day, now, officer.RecordedId);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, WalkInAction, oaId, id.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: null);
            return id;
        }).ConfigureAwait(false);
        return List(oaId, day, service.CounterId).Single(e => e.Id == id);
    }

    private static long InsertWalkIn(
        SqliteConnection connection, SqliteTransaction transaction, AccountCalendar account, BookableService service, DateOnly day, DateTimeOffset now, long? officerId)
    {
        var number = AppointmentLedger.NextTicketNumber(connection, transaction, account.OaId, day, service.Id);
        var at = now.ToUnixTimeMilliseconds();
        var office = account.Office;
        return AppointmentLedger.Insert(connection, transaction, new NewAppointment(
            account.OaId, AppointmentLedger.FreeCode(connection, transaction, account.OaId), null, null, null, service.Id, service.Name,
            at, at, AppointmentRow.Day(day), null, office.Name, office.Address, office.Location?.Latitude, office.Location?.Longitude,
            service.CounterId, QueueTicket.Format(service.TicketPrefix, number), number, WalkIn: 1, officerId, null, at));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "What follows 'served' failed for appointment {AppointmentId}")]
    private static partial void LogFollowUpFailed(ILogger logger, Exception exception, long appointmentId);
}
