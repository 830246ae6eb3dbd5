using ChatAssistant.Features.Booking;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Features.Booking;

/// <summary>The desk on a migrated temp database with the repository calendar, on Monday 2 March 2026, 08:00 in Vietnam.</summary>
public sealed class BookingDeskTests : IAsyncLifetime
{
    private const string Oa = BookingContent.OaId;
    private const string IdCard = "can-cuoc-cap-lan-dau";
    private const string Residence = "tam-tru-dang-ky";

    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Tuesday = new(2026, 3, 3);

    private readonly ManualClock _clock = new();
    private readonly RecordingReminders _reminders = new();
    private TestDatabase _db = null!;
    private BookingDesk _desk = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _desk = new BookingDesk(BookingContent.Calendar, new AppointmentStore(_db.Connections), _db.Writer, _clock, [_reminders],
            NullLogger<BookingDesk>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>The instant of a local wall-clock time in Vietnam (UTC+7).</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)).ToUniversalTime();

    private Task<BookingOutcome> Book(string user, DateTimeOffset start, string service = IdCard) =>
        _desk.BookAsync(new BookingRequest(Oa, service, start, user, null, null));

    private long Scalar(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void TodaysSlotsStartOneHourAheadAndTheHorizonEndsThirtyDaysOn()
    {
        var today = _desk.Slots(Oa, IdCard, Monday);
        var days = _desk.DaysWithPlaces(Oa, IdCard, 100);

        Assert.Equal(At(Monday, 9), today[0].Start);
        Assert.Equal((2, 0, 2, "Trụ sở Công an phường Mẫu"), (today[0].Capacity, today[0].Booked, today[0].PlacesLeft, today[0].PlaceName));
        Assert.Equal(Monday, days[0].Day);
        Assert.Equal(new DateOnly(2026, 4, 1), days[^1].Day);
        Assert.Contains(days, d => d.Day == new DateOnly(2026, 3, 8) && d.PlaceNames.SequenceEqual(["Nhà văn hoá thôn Đông"]));
        Assert.Empty(_desk.Slots(Oa, IdCard, new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public async Task BookingTooSoonBeyondTheHorizonOnAHolidayOrOffTheGridIsRefused()
    {
        Assert.Equal(BookingRefusal.TooSoon, (await Book("u1", At(Monday, 8, 30))).Refusal);
        Assert.Equal(BookingRefusal.BeyondHorizon, (await Book("u1", At(new DateOnly(2026, 4, 2), 8))).Refusal);
        Assert.Equal(BookingRefusal.Closed, (await Book("u1", At(new DateOnly(2026, 4, 30), 8))).Refusal);
        Assert.Equal(BookingRefusal.NotASlot, (await Book("u1", At(Tuesday, 8, 10))).Refusal);
        Assert.Equal(BookingRefusal.NotASlot, (await Book("u1", At(Tuesday, 12))).Refusal);
        Assert.Equal(BookingRefusal.NotASlot, (await Book("u1", At(new DateOnly(2026, 3, 8), 8), Residence)).Refusal);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM appointments"));
    }

    [Fact]
    public async Task OfficerMayBookTheSlotInProgressForACaller()
    {
        _clock.UtcNow = At(Monday, 8, 10);

        var outcome = await _desk.BookAsync(new BookingRequest(Oa, IdCard, At(Monday, 8), null, "Nguyễn Văn A", "0912345678", ByOfficerId: 7));
        var ended = await _desk.BookAsync(new BookingRequest(Oa, IdCard, At(Monday, 7, 30), null, "Nguyễn Văn B", "0912345679", ByOfficerId: 7));

        Assert.True(outcome.IsBooked);
        Assert.Equal(BookingRefusal.TooSoon, ended.Refusal);
        Assert.Equal(("0912345678", (string?)null), (outcome.Appointment!.Phone, outcome.Appointment.UserId));
    }

    [Fact]
    public async Task BookedAppointmentHasACodeATicketThePlaceAndIsScheduledForReminders()
    {
        var outcome = await Book("u1", At(Tuesday, 8));

        var appointment = Assert.IsType<Appointment>(outcome.Appointment);
        Assert.Equal((AppointmentStatus.Active, "A-001", At(Tuesday, 8), At(Tuesday, 8, 30)),
            (appointment.Status, appointment.Ticket, appointment.Start, appointment.End));
        Assert.Equal(("Trụ sở Công an phường Mẫu", "Số 1 đường Mẫu, phường Mẫu, tỉnh Mẫu"), (appointment.PlaceName, appointment.PlaceAddress));
        Assert.Equal(6, appointment.Code.Length);
        Assert.All(appointment.Code, c => Assert.Contains(c, BookingCode.Alphabet));
        Assert.Equal(appointment, new AppointmentStore(_db.Connections).Find(appointment.Id));
        Assert.Equal([appointment.Id], _reminders.Scheduled);
    }

    [Fact]
    public void CodesNeverUseCharactersThatReadAlike()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => BookingCode.New()).ToList();

        Assert.All(codes, code => Assert.DoesNotMatch("[01OIL]", code));
        Assert.True(codes.Distinct().Count() > 1990);
        Assert.Equal("ABC234", BookingCode.Normalize(" abc234 "));
        Assert.Null(BookingCode.Normalize("ABC0I4"));
    }

    [Fact]
    public async Task TicketsNumberPerDayAndServiceWithTheServiceLetter()
    {
        var first = await Book("u1", At(Tuesday, 9));
        var second = await Book("u2", At(Tuesday, 8));
        var residence = await Book("u3", At(Tuesday, 8), Residence);
        var nextDay = await Book("u4", At(new DateOnly(2026, 3, 4), 8));

        Assert.Equal(("A-001", "A-002", "E-001", "A-001"),
            (first.Appointment!.Ticket, second.Appointment!.Ticket, residence.Appointment!.Ticket, nextDay.Appointment!.Ticket));
    }

    [Fact]
    public async Task ThirdResidentFindsTheSlotOfTwoFull()
    {
        Assert.True((await Book("u1", At(Tuesday, 8))).IsBooked);
        Assert.True((await Book("u2", At(Tuesday, 8))).IsBooked);

        var third = await Book("u3", At(Tuesday, 8));

        Assert.Equal(BookingRefusal.SlotFull, third.Refusal);
        Assert.Equal((2, 0), (_desk.Slots(Oa, IdCard, Tuesday)[1].Booked, _desk.Slots(Oa, IdCard, Tuesday)[1].PlacesLeft));
    }

    [Fact]
    public async Task SameServiceTwiceOnADayIsRefusedButAnotherServiceIsNot()
    {
        await Book("u1", At(Tuesday, 8));

        Assert.Equal(BookingRefusal.AlreadyBookedThatDay, (await Book("u1", At(Tuesday, 14))).Refusal);
        Assert.True((await Book("u1", At(Tuesday, 14), Residence)).IsBooked);
    }

    [Fact]
    public async Task ThirdActiveBookingIsOverTheLimitUntilOneIsCancelled()
    {
        var first = await Book("u1", At(Tuesday, 8));
        await Book("u1", At(Tuesday, 8), Residence);

        Assert.Equal(BookingRefusal.LimitReached, (await Book("u1", At(new DateOnly(2026, 3, 4), 8))).Refusal);
        Assert.True(await _desk.CancelAsync(Oa, first.Appointment!.Code, "u1"));
        Assert.True((await Book("u1", At(new DateOnly(2026, 3, 4), 8))).IsBooked);
    }

    [Fact]
    public async Task CancellingFreesThePlaceOnlyForItsOwnResident()
    {
        var first = await Book("u1", At(Tuesday, 8));
        await Book("u2", At(Tuesday, 8));

        Assert.False(await _desk.CancelAsync(Oa, first.Appointment!.Code, "someone-else"));
        Assert.True(await _desk.CancelAsync(Oa, first.Appointment.Code.ToLowerInvariant(), "u1"));
        Assert.False(await _desk.CancelAsync(Oa, first.Appointment.Code, "u1"));

        Assert.True((await Book("u3", At(Tuesday, 8))).IsBooked);
        Assert.Equal([first.Appointment.Id], _reminders.Cancelled);
        Assert.Equal(AppointmentStatus.Cancelled, new AppointmentStore(_db.Connections).Find(first.Appointment.Id)!.Status);
    }

    [Fact]
    public async Task RescheduleTakesTheNewPlaceAndReleasesTheOldTogether()
    {
        var old = (await Book("u1", At(Tuesday, 8))).Appointment!;
        await Book("u2", At(Tuesday, 9));
        await Book("u3", At(Tuesday, 9));

        var toFull = await _desk.RescheduleAsync(Oa, old.Code, At(Tuesday, 9), "u1");
        var moved = await _desk.RescheduleAsync(Oa, old.Code, At(Tuesday, 10), "u1");

        Assert.Equal(BookingRefusal.SlotFull, toFull.Refusal);
        Assert.True(moved.IsBooked);
        Assert.Equal((At(Tuesday, 10), AppointmentStatus.Active), (moved.Appointment!.Start, moved.Appointment.Status));
        var slots = _desk.Slots(Oa, IdCard, Tuesday);
        Assert.Equal((0, 1), (slots.Single(s => s.Start == At(Tuesday, 8)).Booked, slots.Single(s => s.Start == At(Tuesday, 10)).Booked));
        Assert.Equal([moved.Appointment], _desk.Upcoming(Oa, "u1"));
        Assert.Equal(AppointmentStatus.Cancelled, new AppointmentStore(_db.Connections).Find(old.Id)!.Status);
        Assert.Equal(BookingRefusal.NotFound, (await _desk.RescheduleAsync(Oa, old.Code, At(Tuesday, 11), "u1")).Refusal);
        Assert.Equal([old.Id], _reminders.Cancelled);
    }

    [Fact]
    public async Task UpcomingListsOnlyTheResidentsActiveFutureBookingsInOrder()
    {
        var later = (await Book("u1", At(new DateOnly(2026, 3, 4), 8))).Appointment!;
        var sooner = (await Book("u1", At(Tuesday, 8), Residence)).Appointment!;
        await Book("u2", At(Tuesday, 9));

        Assert.Equal([sooner.Id, later.Id], _desk.Upcoming(Oa, "u1").Select(a => a.Id));
        _clock.UtcNow = At(Tuesday, 9);
        Assert.Equal([later.Id], _desk.Upcoming(Oa, "u1").Select(a => a.Id));
    }

    [Fact]
    public async Task ManyResidentsRacingForTheLastPlacesGetExactlyTheCapacity()
    {
        await Book("early", At(Tuesday, 8));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => Book($"racer-{i}", At(Tuesday, 8)))));

        Assert.Single(outcomes, o => o.IsBooked);
        Assert.All(outcomes.Where(o => !o.IsBooked), o => Assert.Equal(BookingRefusal.SlotFull, o.Refusal));
        Assert.Equal(2L, Scalar("SELECT count(*) FROM appointments WHERE status = 'active'"));
        Assert.Equal(2L, Scalar("SELECT booked FROM booking_slots"));
    }

    [Fact]
    public async Task DatabaseRefusesAPlaceBeyondCapacityWhateverTheCodeChecks()
    {
        await Book("u1", At(Tuesday, 8));
        await Book("u2", At(Tuesday, 8));

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            _db.Writer.WriteAsync((c, t) => c.Execute("UPDATE booking_slots SET booked = booked + 1", transaction: t)));

        Assert.Contains("CHECK", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseRefusesASecondActiveBookingOfAServiceOnADay()
    {
        var booked = (await Book("u1", At(Tuesday, 8))).Appointment!;

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _db.Writer.WriteAsync((c, t) => c.Execute("""
            INSERT INTO appointments (oa_id, code, user_id, service_id, service_name, start_at, end_at, local_day, place_name, place_address,
                                      counter_id, ticket, ticket_number, status, created_at, updated_at)
            SELECT oa_id, 'ZZZZZZ', user_id, service_id, service_name, start_at, end_at, local_day, place_name, place_address,
                   counter_id, 'A-099', 99, 'active', created_at, updated_at
            FROM appointments WHERE id = @Id
            """, new { booked.Id }, t)));

        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingReminders : IAppointmentReminders
    {
        public List<long> Scheduled { get; } = [];
        public List<long> Cancelled { get; } = [];

        public Task ScheduleAsync(Appointment appointment, CancellationToken cancellationToken)
        {
            lock (Scheduled)
            {
                Scheduled.Add(appointment.Id);
            }
            return Task.CompletedTask;
        }

        public Task CancelAsync(long appointmentId, CancellationToken cancellationToken)
        {
            lock (Cancelled)
            {
                Cancelled.Add(appointmentId);
            }
            return Task.CompletedTask;
        }
    }
}
