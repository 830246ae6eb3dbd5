using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using ChatAssistant.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Features.Booking;

/// <summary>The counters' queue on Tuesday 3 March 2026, with bookings made the day before.</summary>
public sealed class QueueDeskTests : IAsyncLifetime
{
    private const string Oa = BookingContent.OaId;
    private static readonly DateOnly Tuesday = new(2026, 3, 3);
    private static readonly Officer Clerk = new(5, "Cán bộ quầy", OfficerRole.Officer, [Oa]);

    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private BookingDesk _desk = null!;
    private QueueDesk _queue = null!;
    private readonly ServedRecorder _followUp = new();

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        var store = new AppointmentStore(_db.Connections);
        _desk = new BookingDesk(BookingContent.Calendar, store, _db.Writer, _clock, [], NullLogger<BookingDesk>.Instance);
        _queue = new QueueDesk(BookingContent.Calendar, store, _db.Writer, new AuditLog(_db.Writer, _clock), _clock, [_followUp], NullLogger<QueueDesk>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static DateTimeOffset At(int hour, int minute = 0) =>
        new DateTimeOffset(Tuesday.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)).ToUniversalTime();

    private async Task<Appointment> Book(string user, DateTimeOffset start, string service = "can-cuoc-cap-lan-dau") =>
        (await _desk.BookAsync(new BookingRequest(Oa, service, start, user, null, null))).Appointment!;

    [Fact]
    public async Task CallNextTakesTheDueTicketsOfTheCounterByTimeThenFirstBooked()
    {
        var nine = await Book("u1", At(9));
        var eight = await Book("u2", At(8));
        var eightToo = await Book("u3", At(8), "can-cuoc-cap-doi");
        var residence = await Book("u4", At(8), "tam-tru-dang-ky");
        _clock.UtcNow = At(8, 5);

        var first = await _queue.CallNextAsync(Clerk, Oa, "1");
        var second = await _queue.CallNextAsync(Clerk, Oa, "1");
        var none = await _queue.CallNextAsync(Clerk, Oa, "1");
        _clock.UtcNow = At(9);
        var third = await _queue.CallNextAsync(Clerk, Oa, "1");

        Assert.Equal((eight.Id, eightToo.Id, (long?)null, nine.Id), (first!.Id, second!.Id, none?.Id, third!.Id));
        Assert.Equal(At(8, 5), first.CalledAt);
        Assert.Equal(residence.Id, (await _queue.CallNextAsync(Clerk, Oa, "2"))!.Id);
        Assert.Null(await _queue.CallNextAsync(Clerk, Oa, "no-such-counter"));
    }

    [Fact]
    public async Task WalkInGetsTheNextTicketOfTheServiceAndIsDueAtOnce()
    {
        await Book("u1", At(10));
        _clock.UtcNow = At(8);

        var walkIn = await _queue.WalkInAsync(Clerk, Oa, "can-cuoc-cap-lan-dau");
        var called = await _queue.CallNextAsync(Clerk, Oa, "1");

        Assert.Equal(("A-002", true, (string?)null), (walkIn!.Ticket, walkIn.WalkIn, walkIn.UserId));
        Assert.Equal(walkIn.Id, called!.Id);
        Assert.Null(await _queue.WalkInAsync(Clerk, Oa, "ho-chieu-cap"));
    }

    [Fact]
    public async Task ServedAndNoShowSetTheAppointmentStatusOnce()
    {
        var served = await Book("u1", At(8));
        var missed = await Book("u2", At(8));
        _clock.UtcNow = At(8, 30);

        var first = await _queue.FinishAsync(Clerk, Oa, served.Id, AppointmentStatus.Served);
        await _queue.FinishAsync(Clerk, Oa, missed.Id, AppointmentStatus.NoShow);
        var again = await _queue.FinishAsync(Clerk, Oa, served.Id, AppointmentStatus.NoShow);

        Assert.Equal("served", first!.Status);
        Assert.Null(again);
        var store = new AppointmentStore(_db.Connections);
        Assert.Equal((AppointmentStatus.Served, AppointmentStatus.NoShow), (store.Find(served.Id)!.Status, store.Find(missed.Id)!.Status));
        Assert.Null(await _queue.FinishAsync(Clerk, "other-oa", missed.Id, AppointmentStatus.Served));
        // Only the served appointment goes on to the survey, and only once.
        Assert.Equal([served.Id], _followUp.Served.Select(a => a.Id));
    }

    private sealed class ServedRecorder : IAppointmentServed
    {
        public List<Appointment> Served { get; } = [];

        public Task ServedAsync(Appointment appointment, CancellationToken cancellationToken)
        {
            Served.Add(appointment);
            return Task.CompletedTask;
        }
    }
}
