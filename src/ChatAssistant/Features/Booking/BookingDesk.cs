using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.Booking;

/// <summary>Booking as the chat and the officers use it: free days and slots, book, move, cancel, a resident's bookings.</summary>
/// <remarks>
/// Every change is one writer transaction that checks and writes together: the place is taken by an update that
/// cannot pass the slot's capacity (a CHECK in the schema), and one resident cannot hold two active bookings of a
/// service on one day (a partial unique index), so no ordering of concurrent requests can over-book.
/// Reminders hear of a change only after it committed.
/// <para>
/// A change made in a resident's turn commits before the turn does (the turn needs its outcome to answer), so a turn
/// that fails in between is run again and asks for the same change. The change names the resident's message (inbox
/// row) that asked for it: the second run finds what the first one did and gets the same outcome, with its reminders
/// set again (Quartz keys derive from the appointment, so setting them again replaces them). Reminders are set before
/// the turn commits, not after: a crash after the turn's commit would otherwise lose them for good.
/// </para>
/// </remarks>
public sealed partial class BookingDesk(
    BookingCalendar calendar,
    AppointmentStore store,
    SqliteWriter writer,
    TimeProvider clock,
    IEnumerable<IAppointmentReminders> reminders,
    ILogger<BookingDesk> logger)
{
    /// <summary>Upcoming days (from today, within the horizon) with free places for the service, at most <paramref name="maxDays"/>.</summary>
    public IReadOnlyList<DayAvailability> DaysWithPlaces(string oaId, string serviceId, int maxDays)
    {
        if (calendar.For(oaId) is not { } account || account.Service(serviceId) is null || maxDays <= 0)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var today = VietnamTime.DayOf(now);
        var last = today.AddDays(account.HorizonDays);
        var booked = store.Booked(oaId, serviceId, VietnamTime.At(today, TimeOnly.MinValue), VietnamTime.At(last.AddDays(1), TimeOnly.MinValue));
        var closures = store.Closures(oaId, today, last);
        var days = new List<DayAvailability>();
        for (var day = today; day <= last && days.Count < maxDays; day = day.AddDays(1))
        {
            var free = Availability(account, serviceId, day, now, booked, closures, allOfDay: false).Where(s => s.PlacesLeft > 0).ToList();
            if (free.Count > 0)
            {
                days.Add(new DayAvailability(day, free.Sum(s => s.PlacesLeft), free[0].Start, [.. free.Select(s => s.PlaceName).Distinct()]));
            }
        }
        return days;
    }

    /// <summary>The slots a resident may still book on that day (after the lead time, within the horizon, not closed), full ones included.</summary>
    public IReadOnlyList<SlotAvailability> Slots(string oaId, string serviceId, DateOnly day) => SlotsOf(oaId, serviceId, day, allOfDay: false);

    /// <summary>Every slot of the day that is not closed, past ones included, for officers.</summary>
    public IReadOnlyList<SlotAvailability> DaySheet(string oaId, string serviceId, DateOnly day) => SlotsOf(oaId, serviceId, day, allOfDay: true);

    /// <summary>Books a place; the outcome says which refusal applies when none was taken.</summary>
    public async Task<BookingOutcome> BookAsync(BookingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.InboxId is { } inboxId && store.BookedIn(request.OaId, inboxId) is { } earlier)
        {
            return await BookedEarlierAsync(earlier).ConfigureAwait(false);
        }
        var now = clock.GetUtcNow();
        var (target, refusal) = Resolve(request.OaId, request.ServiceId, request.Start, now, request.ByOfficer);
        if (target is null)
        {
            return BookingOutcome.Refused(refusal!.Value);
        }
        var outcome = await WriteAsync((connection, transaction) =>
            Check(connection, transaction, request, target, now, excludingId: 0) is { } refused
                ? BookingOutcome.Refused(refused)
                : Insert(connection, transaction, request, target, now, replacesId: null) is { } appointment
                    ? BookingOutcome.Booked(appointment)
                    : BookingOutcome.Refused(BookingRefusal.SlotFull)).ConfigureAwait(false);
        if (outcome.Appointment is { } booked)
        {
            await TellRemindersAsync(r => r.ScheduleAsync(booked, CancellationToken.None), booked.Id).ConfigureAwait(false);
        }
        return outcome;
    }

    /// <summary>
    /// Moves an active booking to another slot of its service: the new place is taken and the old one released in one
    /// transaction, so the resident never holds both or neither. The new booking has a new code and ticket.
    /// </summary>
    /// <param name="userId">The resident asking; null for an officer, who may move any booking of the account.</param>
    /// <param name="inboxId">The resident's message whose turn moves the booking; a run of that turn again gets the same move.</param>
    public async Task<BookingOutcome> RescheduleAsync(string oaId, string code, DateTimeOffset newStart, string? userId, long? inboxId = null)
    {
        if (inboxId is { } turn && store.BookedIn(oaId, turn) is { } earlier)
        {
            if (store.FindByCode(oaId, code) is { } replaced && replaced.Id != earlier.Id)
            {
                await TellRemindersAsync(r => r.CancelAsync(replaced.Id, CancellationToken.None), replaced.Id).ConfigureAwait(false);
            }
            return await BookedEarlierAsync(earlier).ConfigureAwait(false);
        }
        var now = clock.GetUtcNow();
        if (store.FindByCode(oaId, code) is not { Status: AppointmentStatus.Active } old || (userId is not null && old.UserId != userId))
        {
            return BookingOutcome.Refused(BookingRefusal.NotFound);
        }
        var (target, refusal) = Resolve(oaId, old.ServiceId, newStart, now, byOfficer: userId is null);
        if (target is null)
        {
            return BookingOutcome.Refused(refusal!.Value);
        }
        var outcome = await WriteAsync((connection, transaction) =>
        {
            if (AppointmentLedger.FindActive(connection, transaction, oaId, old.Code, userId) is not { } current)
            {
                return BookingOutcome.Refused(BookingRefusal.NotFound);
            }
            var request = new BookingRequest(oaId, current.ServiceId, newStart, current.UserId, current.Name, current.Phone, userId is null ? 0 : null, inboxId);
            if (Check(connection, transaction, request, target, now, current.Id) is { } refused)
            {
                return BookingOutcome.Refused(refused);
            }
            if (!AppointmentLedger.HasPlace(connection, transaction, oaId, current.ServiceId, newStart, target.Slot.Capacity))
            {
                return BookingOutcome.Refused(BookingRefusal.SlotFull);
            }
            AppointmentLedger.Cancel(connection, transaction, current.Id, now, inboxId);
            AppointmentLedger.ReleasePlace(connection, transaction, oaId, current.ServiceId, DateTimeOffset.FromUnixTimeMilliseconds(current.StartAt));
            // Checked above inside this same transaction, so a failure here is a bug: throwing rolls the release back.
            var moved = Insert(connection, transaction, request, target, now, current.Id)
                ?? throw new InvalidOperationException("The slot filled up inside the reschedule's own transaction.");
            return BookingOutcome.Booked(moved);
        }).ConfigureAwait(false);
        if (outcome.Appointment is { } appointment)
        {
            await TellRemindersAsync(r => r.CancelAsync(old.Id, CancellationToken.None), old.Id).ConfigureAwait(false);
            await TellRemindersAsync(r => r.ScheduleAsync(appointment, CancellationToken.None), appointment.Id).ConfigureAwait(false);
        }
        return outcome;
    }

    /// <summary>Cancels an active booking and frees its place; false when there is no such booking (of this resident).</summary>
    /// <param name="userId">The resident asking; null for an officer.</param>
    /// <param name="inboxId">
    /// The resident's message whose turn cancels; a run of that turn again finds the booking it cancelled and says true,
    /// without freeing its place twice.
    /// </param>
    public async Task<bool> CancelAsync(string oaId, string code, string? userId, long? inboxId = null)
    {
        var now = clock.GetUtcNow();
        var cancelled = await writer.WriteAsync<long?>((connection, transaction) =>
        {
            if (AppointmentLedger.FindActive(connection, transaction, oaId, code, userId) is not { } row)
            {
                return inboxId is { } turn ? AppointmentLedger.CancelledIn(connection, transaction, oaId, code, turn) : null;
            }
            AppointmentLedger.Cancel(connection, transaction, row.Id, now, inboxId);
            if (row.WalkIn == 0)
            {
                AppointmentLedger.ReleasePlace(connection, transaction, oaId, row.ServiceId, DateTimeOffset.FromUnixTimeMilliseconds(row.StartAt));
            }
            return row.Id;
        }).ConfigureAwait(false);
        if (cancelled is { } id)
        {
            await TellRemindersAsync(r => r.CancelAsync(id, CancellationToken.None), id).ConfigureAwait(false);
        }
        return cancelled is not null;
    }

    /// <summary>The resident's active bookings that have not ended, soonest first.</summary>
    public IReadOnlyList<Appointment> Upcoming(string oaId, string userId) => store.Upcoming(oaId, userId, clock.GetUtcNow());

    private IReadOnlyList<SlotAvailability> SlotsOf(string oaId, string serviceId, DateOnly day, bool allOfDay)
    {
        if (calendar.For(oaId) is not { } account || account.Service(serviceId) is null)
        {
            return [];
        }
        var booked = store.Booked(oaId, serviceId, VietnamTime.At(day, TimeOnly.MinValue), VietnamTime.At(day.AddDays(1), TimeOnly.MinValue));
        return [.. Availability(account, serviceId, day, clock.GetUtcNow(), booked, store.Closures(oaId, day, day), allOfDay)];
    }

    private IEnumerable<SlotAvailability> Availability(
        AccountCalendar account, string serviceId, DateOnly day, DateTimeOffset now,
        IReadOnlyDictionary<long, int> booked, IReadOnlyList<BookingClosure> closures, bool allOfDay)
    {
        foreach (var slot in calendar.SlotsOn(account.OaId, serviceId, day))
        {
            if (closures.Any(c => c.Covers(slot)) || (!allOfDay && Timing(account, slot, now, byOfficer: false) is not null))
            {
                continue;
            }
            var taken = booked.GetValueOrDefault(slot.Start.ToUnixTimeMilliseconds());
            yield return new SlotAvailability(slot.Start, slot.End, slot.Capacity, taken, Math.Max(0, slot.Capacity - taken),
                slot.SessionId, slot.Place.Name, slot.Place.Address, slot.Place.Location);
        }
    }

    /// <summary>The calendar's slot for the request, or why it cannot be booked whatever the database says.</summary>
    private (Target? Target, BookingRefusal? Refusal) Resolve(string oaId, string serviceId, DateTimeOffset start, DateTimeOffset now, bool byOfficer)
    {
        if (calendar.For(oaId) is not { } account || account.Service(serviceId) is not { } service)
        {
            return (null, BookingRefusal.NotASlot);
        }
        var day = VietnamTime.DayOf(start);
        if (calendar.HolidayOn(day) is not null)
        {
            return (null, BookingRefusal.Closed);
        }
        if (calendar.SlotAt(oaId, serviceId, start) is not { } slot)
        {
            return (null, BookingRefusal.NotASlot);
        }
        return Timing(account, slot, now, byOfficer) is { } refusal ? (null, refusal) : (new Target(account, service, slot, day), null);
    }

    private static BookingRefusal? Timing(AccountCalendar account, CalendarSlot slot, DateTimeOffset now, bool byOfficer)
    {
        // Officers book callers into any slot that has not ended; residents book the lead time ahead, so the counter can prepare.
        if (byOfficer ? slot.End <= now : slot.Start < now + account.LeadTime)
        {
            return BookingRefusal.TooSoon;
        }
        return VietnamTime.DayOf(slot.Start) > VietnamTime.DayOf(now).AddDays(account.HorizonDays) ? BookingRefusal.BeyondHorizon : null;
    }

    /// <summary>What the database must say before a place is taken; <paramref name="excludingId"/> is a booking being moved.</summary>
    private static BookingRefusal? Check(
        SqliteConnection connection, SqliteTransaction transaction, BookingRequest request, Target target, DateTimeOffset now, long excludingId)
    {
        if (AppointmentLedger.IsClosed(connection, transaction, request.OaId, target.Day, target.Slot))
        {
            return BookingRefusal.Closed;
        }
        if (request.UserId is not { } userId)
        {
            return null;
        }
        if (AppointmentLedger.HasActiveSameDay(connection, transaction, request.OaId, userId, request.ServiceId, target.Day, excludingId))
        {
            return BookingRefusal.AlreadyBookedThatDay;
        }
        return AppointmentLedger.ActiveUpcoming(connection, transaction, request.OaId, userId, now, excludingId) >= target.Account.MaxActivePerResident
            ? BookingRefusal.LimitReached
            : null;
    }

    /// <summary>Takes the place and writes the appointment with a fresh code and ticket; null when the slot is full.</summary>
    private static Appointment? Insert(
        SqliteConnection connection, SqliteTransaction transaction, BookingRequest request, Target target, DateTimeOffset now, long? replacesId)
    {
        var (account, service, slot, day) = target;
        if (!AppointmentLedger.TakePlace(connection, transaction, account.OaId, service.Id, slot.Start, slot.Capacity))
        {
            return null;
        }
        var number = AppointmentLedger.NextTicketNumber(connection, transaction, account.OaId, day, service.Id);
        var row = new NewAppointment(
            account.OaId, AppointmentLedger.FreeCode(connection, transaction, account.OaId), request.UserId, request.Name, request.Phone,
            service.Id, service.Name, slot.Start.ToUnixTimeMilliseconds(), slot.End.ToUnixTimeMilliseconds(), AppointmentRow.Day(day), slot.SessionId,
            slot.Place.Name, slot.Place.Address, slot.Place.Location?.Latitude, slot.Place.Location?.Longitude, service.CounterId,
            QueueTicket.Format(service.TicketPrefix, number), number, WalkIn: 0, request.ByOfficerId, replacesId, now.ToUnixTimeMilliseconds(),
            request.InboxId);
        return row.ToAppointment(AppointmentLedger.Insert(connection, transaction, row));
    }

    /// <summary>
    /// The checks above run in the same transaction, so the constraints only fire if that ever changes; they then
    /// still refuse rather than over-book, and the refusal says which rule held.
    /// </summary>
    private async Task<BookingOutcome> WriteAsync(Func<SqliteConnection, SqliteTransaction, BookingOutcome> work)
    {
        try
        {
            return await writer.WriteAsync(work).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            return BookingOutcome.Refused(ex.Message.Contains("CHECK", StringComparison.Ordinal) ? BookingRefusal.SlotFull : BookingRefusal.AlreadyBookedThatDay);
        }
    }

    /// <summary>
    /// The booking an earlier run of the same turn made, told again with its reminders set again; a booking closed or
    /// cancelled since is gone, as when a move finds its original gone.
    /// </summary>
    private async Task<BookingOutcome> BookedEarlierAsync(Appointment earlier)
    {
        if (earlier.Status != AppointmentStatus.Active)
        {
            return BookingOutcome.Refused(BookingRefusal.NotFound);
        }
        await TellRemindersAsync(r => r.ScheduleAsync(earlier, CancellationToken.None), earlier.Id).ConfigureAwait(false);
        return BookingOutcome.Booked(earlier);
    }

    private async Task TellRemindersAsync(Func<IAppointmentReminders, Task> call, long appointmentId)
    {
        foreach (var reminder in reminders)
        {
            try
            {
                await call(reminder).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The booking has committed: a reminder that fails must not make it look failed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogReminderFailed(logger, ex, appointmentId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders could not be updated for appointment {AppointmentId}")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, long appointmentId);

    private sealed record Target(AccountCalendar Account, BookableService Service, CalendarSlot Slot, DateOnly Day);
}
