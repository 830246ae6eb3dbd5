using ChatAssistant.Content;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Officers;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Tests.Features.Booking;

/// <summary>Closing Tuesday 3 March 2026 (or part of it) on the Monday before.</summary>
public sealed class OfficeClosuresTests : IAsyncLifetime
{
    private const string Oa = BookingContent.OaId;
    private static readonly DateOnly Tuesday = new(2026, 3, 3);
    private static readonly Officer Head = new(3, "Trưởng công an", OfficerRole.Officer, [Oa]);

    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private BookingDesk _desk = null!;
    private OfficeClosures _closures = null!;
    private ResidentStore _residents = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _desk = new BookingDesk(BookingContent.Calendar, new AppointmentStore(_db.Connections), _db.Writer, _clock, [], NullLogger<BookingDesk>.Instance);
        var texts = ResidentTexts.Load(new DialogsFolder(Microsoft.Extensions.Options.Options.Create(new ContentOptions { DialogsPath = RepositoryFiles.DialogsFolder })));
        _residents = new ResidentStore(_db.Connections, _clock);
        _closures = new OfficeClosures(_db.Writer, new MessageOutbox(_db.Writer, _db.Connections, _clock), new AuditLog(_db.Writer, _clock), texts, _clock,
            [], NullLogger<OfficeClosures>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static DateTimeOffset At(int hour, int minute = 0) =>
        new DateTimeOffset(Tuesday.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)).ToUniversalTime();

    /// <summary>The resident wrote to the account just now, as a chat booking implies.</summary>
    private Task Wrote(string user) =>
        _db.Writer.WriteAsync((connection, transaction) => _residents.Record(connection, transaction, Oa, user, interacted: true, following: true));

    private async Task<Appointment> Book(string? user, DateTimeOffset start) =>
        (await _desk.BookAsync(new BookingRequest(Oa, "can-cuoc-cap-lan-dau", start, user, user is null ? "Khách" : null, user is null ? "0912345678" : null, user is null ? 1 : null))).Appointment!;

    private List<(string UserId, string Body)> Outbox()
    {
        using var connection = _db.Connections.Open();
        return [.. connection.Query<(string UserId, string Body)>("SELECT user_id, body FROM outbox_messages ORDER BY id")
            .Select(r => (r.UserId, System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("text").GetString()!))];
    }

    [Fact]
    public async Task ClosingTheAfternoonClosesItsBookingsTellsTheirResidentsAndStopsOfferingIt()
    {
        await Wrote("u1");
        await Wrote("u2");
        var morning = await Book("u1", At(8));
        var afternoon = await Book("u2", At(14));
        var byPhone = await Book(null, At(14));

        var report = await _closures.CloseAsync(Head, new ClosureRequest(Oa, Tuesday, null, new TimeOnly(13, 30), new TimeOnly(17, 0), "mất điện"));

        Assert.Equal([afternoon.Id, byPhone.Id], report.ClosedIds);
        Assert.Equal(1, report.Notified);
        Assert.Equal([new ClosureCall(byPhone.Code, byPhone.Ticket, "Khách", byPhone.Phone)], report.ToCall);
        var message = Assert.Single(Outbox());
        Assert.Equal("u2", message.UserId);
        Assert.Contains($"Lịch hẹn {afternoon.Code}", message.Body, StringComparison.Ordinal);
        Assert.Contains("14:00 ngày 03/03/2026", message.Body, StringComparison.Ordinal);
        Assert.Contains("mất điện", message.Body, StringComparison.Ordinal);
        Assert.Contains("đặt lịch", message.Body, StringComparison.Ordinal);
        var slots = _desk.Slots(Oa, "can-cuoc-cap-lan-dau", Tuesday);
        Assert.Equal(8, slots.Count);
        Assert.All(slots, s => Assert.True(s.Start < At(12)));
        Assert.Equal(BookingRefusal.Closed, (await _desk.BookAsync(new BookingRequest(Oa, "can-cuoc-cap-lan-dau", At(15), "u3", null, null))).Refusal);
        Assert.Equal([morning.Id], _desk.Upcoming(Oa, "u1").Select(a => a.Id));
        Assert.Empty(_desk.Upcoming(Oa, "u2"));
    }

    [Fact]
    public async Task ResidentSilentForMoreThanSevenDaysIsListedToCallInsteadOfMessaged()
    {
        var now = _clock.UtcNow;
        _clock.UtcNow = now.AddDays(-8);
        await Wrote("u-silent");
        _clock.UtcNow = now;
        var booked = await Book("u-silent", At(14));

        var report = await _closures.CloseAsync(Head, new ClosureRequest(Oa, Tuesday, null, null, null, "bão"));

        Assert.Equal(0, report.Notified);
        Assert.Empty(Outbox());
        Assert.Equal(booked.Code, Assert.Single(report.ToCall).Code);
    }

    [Fact]
    public async Task ClosingOneSessionLeavesTheOthersOfTheDay()
    {
        var saturday = new DateOnly(2026, 3, 7);
        var sunday = new DateOnly(2026, 3, 8);

        await _closures.CloseAsync(Head, new ClosureRequest(Oa, saturday, "sang-thu-bay", null, null, "họp khẩn"));
        await _closures.CloseAsync(Head, new ClosureRequest(Oa, sunday, "hours", null, null, "không liên quan"));

        Assert.Empty(_desk.Slots(Oa, "can-cuoc-cap-lan-dau", saturday));
        Assert.NotEmpty(_desk.Slots(Oa, "can-cuoc-cap-lan-dau", sunday));
        Assert.DoesNotContain(_desk.DaysWithPlaces(Oa, "can-cuoc-cap-lan-dau", 10), d => d.Day == saturday);
    }
}
