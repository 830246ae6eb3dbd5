using System.Globalization;
using ChatAssistant.Content;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Officers;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.Booking;

/// <summary>Closing a day or a session: its slots are no longer offered, its bookings are closed and their residents told.</summary>
/// <remarks>
/// The closure, the closed bookings, the apologies in the outbox and the audit row are one writer transaction: a
/// resident is told exactly when their booking was closed. Reminders are cancelled after it committed.
/// </remarks>
public sealed partial class OfficeClosures(
    SqliteWriter writer,
    MessageOutbox outbox,
    AuditLog audit,
    ResidentTexts texts,
    TimeProvider clock,
    IEnumerable<IAppointmentReminders> reminders,
    ILogger<OfficeClosures> logger)
{
    public const string CloseAction = "booking.close";

    private const string InsertClosure = """
        INSERT INTO booking_closures (oa_id, local_day, session_id, from_time, to_time, reason, officer_id, created_at)
        VALUES (@oaId, @day, @sessionId, @fromTime, @toTime, @reason, @officerId, @now)
        RETURNING id
        """;

    private const string SelectActiveBookings = $"""
        SELECT {AppointmentRow.Columns}
        FROM appointments
        WHERE oa_id = @oaId AND local_day = @day AND status = 'active' AND walk_in = 0 AND end_at > @now
        ORDER BY start_at, id
        """;

    public async Task<ClosureReport> CloseAsync(Officer officer, ClosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var closure = new BookingClosure(0, request.OaId, request.Day, request.SessionId, request.From, request.To, request.Reason);
        var report = await writer.WriteAsync((connection, transaction) =>
        {
            var closureId = connection.ExecuteScalar<long>(InsertClosure, new
            {
                oaId = request.OaId,
                day = AppointmentRow.Day(request.Day),
                sessionId = request.SessionId,
                fromTime = request.From?.ToString("HH:mm", CultureInfo.InvariantCulture),
                toTime = request.To?.ToString("HH:mm", CultureInfo.InvariantCulture),
                reason = request.Reason,
                officerId = officer.RecordedId,
                now = now.ToUnixTimeMilliseconds(),
            }, transaction);
            var closed = new List<long>();
            var notified = 0;
            var toCall = new List<ClosureCall>();
            var rows = connection.Query<AppointmentRow>(SelectActiveBookings,
                    // Appointments already over are the counter's to mark served or no-show, not the closure's.
                    new { oaId = request.OaId, day = AppointmentRow.Day(request.Day), now = now.ToUnixTimeMilliseconds() }, transaction)
                .Where(row => closure.Covers(request.Day, row.SessionId ?? "",
                    DateTimeOffset.FromUnixTimeMilliseconds(row.StartAt), DateTimeOffset.FromUnixTimeMilliseconds(row.EndAt)))
                .ToList();
            var reachable = ResidentStore.Reachable(connection, transaction, request.OaId, rows.Select(r => r.UserId).OfType<string>(), now);
            foreach (var row in rows)
            {
                var start = DateTimeOffset.FromUnixTimeMilliseconds(row.StartAt);
                AppointmentLedger.SetStatus(connection, transaction, row.Id, AppointmentStatus.Closed, now);
                AppointmentLedger.ReleasePlace(connection, transaction, row.OaId, row.ServiceId, start);
                closed.Add(row.Id);
                if (row.UserId is { } userId && reachable.Contains(userId))
                {
                    outbox.AppendOutgoing(connection, transaction, row.OaId, userId, $"booking-closed:{closureId}:{row.Id}",
                        [OutboundMessage.FromText(Apology(row, request.Reason))]);
                    notified++;
                }
                else
                {
                    toCall.Add(new ClosureCall(row.Code, row.Ticket, row.Name, row.Phone));
                }
            }
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, CloseAction, request.OaId,
                closureId.ToString(CultureInfo.InvariantCulture),
                detail: string.Create(CultureInfo.InvariantCulture, $"day={AppointmentRow.Day(request.Day)}; session={request.SessionId}; closed={closed.Count}; notified={notified}"));
            return new ClosureReport(closureId, closed, notified, toCall);
        }).ConfigureAwait(false);
        if (report.Notified > 0)
        {
            outbox.Appended.Notify();
        }
        foreach (var id in report.ClosedIds)
        {
            await CancelRemindersAsync(id).ConfigureAwait(false);
        }
        return report;
    }

    private string Apology(AppointmentRow row, string reason)
    {
        var start = VietnamTime.ToLocal(DateTimeOffset.FromUnixTimeMilliseconds(row.StartAt));
        return texts.Get(BookingOfficeTexts.Closed, new Dictionary<string, string>
        {
            ["code"] = row.Code,
            ["service"] = row.ServiceName,
            ["date"] = start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["time"] = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["place"] = row.PlaceName,
            ["reason"] = reason,
        }).TrimEnd();
    }

    private async Task CancelRemindersAsync(long appointmentId)
    {
        foreach (var reminder in reminders)
        {
            try
            {
                await reminder.CancelAsync(appointmentId, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The closure has committed; a reminder left behind re-reads the booking and stays silent.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogReminderFailed(logger, ex, appointmentId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders could not be cancelled for closed appointment {AppointmentId}")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, long appointmentId);
}
