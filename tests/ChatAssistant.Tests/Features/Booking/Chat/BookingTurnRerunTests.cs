using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Storage;
using ChatAssistant.Testing.Conversations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ChatAssistant.Tests.Features.Booking.Chat;

/// <summary>
/// A turn whose booking, cancel or move committed but whose own commit failed (a crash between the two) is run again by
/// the turn runner: the resident hears the outcome once, as if nothing had failed, and the booking and its reminders
/// are not done twice. Repository calendar; Tuesday 1 December 2026, 09:00 in Vietnam.
/// </summary>
public sealed class BookingTurnRerunTests : IAsyncDisposable
{
    private static readonly DateTimeOffset TomorrowAt0800 = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThursdayAt0930 = new(2026, 12, 3, 2, 30, 0, TimeSpan.Zero);

    private readonly CrashBeforeTurnCommit _crash = new();
    private readonly ConversationHarness _harness;

    public BookingTurnRerunTests() =>
        _harness = ConversationHarness.Create(services =>
        {
            services.AddSingleton<ConversationEngine>();
            services.AddSingleton<ITurnHandler>(sp => _crash.Around(sp.GetRequiredService<ConversationEngine>()));
        });

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private BookingDesk Desk => _harness.Services.GetRequiredService<BookingDesk>();

    private AppointmentReminders Reminders => _harness.Services.GetRequiredService<AppointmentReminders>();

    [Fact]
    public async Task BookingRunAgainAfterACrashBeforeTheTurnCommittedAnswersWithItsCodeOnce()
    {
        var flow = _harness.Resident();
        await flow.Send("đặt lịch").AssertReply(_ => { }).Send("đăng ký tạm trú").AssertReply(_ => { })
            .Send("mai").AssertReply(_ => { }).Send("8h").AssertReply(_ => { }).Send("bỏ qua").AssertReplyContains("Xác nhận");

        _crash.Arm();
        var answer = "";
        await flow.Send("có").AssertReply(reply => answer = reply.Text).AssertNoReply();

        Assert.Equal(1, _crash.Crashes);
        var booked = Assert.Single(Desk.Upcoming(_harness.AccountId, "resident-1"));
        Assert.StartsWith("Đặt lịch thành công", answer, StringComparison.Ordinal);
        Assert.Contains($"Mã lịch hẹn: {booked.Code}", answer, StringComparison.Ordinal);
        Assert.Equal(1, Scalar("SELECT count(*) FROM appointments"));
        Assert.Equal(1, Scalar("SELECT booked FROM booking_slots WHERE start_at = @at", new { at = TomorrowAt0800.ToUnixTimeMilliseconds() }));
        Assert.Equal(2, (await Reminders.PendingAsync(booked.Id, default)).Count);
        Assert.Equal(2, await TriggerCountAsync());
    }

    [Fact]
    public async Task CancelRunAgainAfterACrashBeforeTheTurnCommittedSaysCancelledOnceAndFreesOnePlace()
    {
        var code = await BookAsync("resident-1");
        await BookAsync("resident-2");
        var flow = _harness.Resident();
        await flow.Send("lịch hẹn của tôi").AssertReplyContains(code).Send("1").AssertReplyContains("Hủy lịch hẹn")
            .Send("hủy lịch hẹn").AssertReplyContains($"hủy lịch hẹn {code}?");

        _crash.Arm();
        await flow.Send("có").AssertReplyContains($"Đã hủy lịch hẹn {code}").AssertNoReply();

        Assert.Equal(1, _crash.Crashes);
        Assert.Empty(Desk.Upcoming(_harness.AccountId, "resident-1"));
        Assert.Equal(1, Scalar("SELECT booked FROM booking_slots WHERE start_at = @at", new { at = TomorrowAt0800.ToUnixTimeMilliseconds() }));
        Assert.Equal(0, Scalar("SELECT count(*) FROM appointments WHERE user_id = 'resident-1' AND status = 'active'"));
        // Only the other resident's reminders remain.
        Assert.Equal(2, await TriggerCountAsync());
    }

    [Fact]
    public async Task RescheduleRunAgainAfterACrashBeforeTheTurnCommittedMovesTheBookingOnce()
    {
        var code = await BookAsync("resident-1");
        var old = Desk.Upcoming(_harness.AccountId, "resident-1")[0];
        var flow = _harness.Resident();
        await flow.Send("cho em đổi lịch hẹn sang thứ 5").AssertReplyContains("Thứ Năm 03/12", "giờ")
            .Send("9h30").AssertReplyContains("Thứ Năm 03/12 lúc 09:30", "Xác nhận");

        _crash.Arm();
        await flow.Send("ok").AssertReplyContains("Đã đổi lịch hẹn", "Thứ Năm 03/12 lúc 09:30").AssertNoReply();

        Assert.Equal(1, _crash.Crashes);
        var moved = Assert.Single(Desk.Upcoming(_harness.AccountId, "resident-1"));
        Assert.NotEqual(code, moved.Code);
        Assert.Equal(ThursdayAt0930, moved.Start);
        Assert.Equal(2, Scalar("SELECT count(*) FROM appointments"));
        Assert.Equal(0, Scalar("SELECT booked FROM booking_slots WHERE start_at = @at", new { at = TomorrowAt0800.ToUnixTimeMilliseconds() }));
        Assert.Equal(1, Scalar("SELECT booked FROM booking_slots WHERE start_at = @at", new { at = ThursdayAt0930.ToUnixTimeMilliseconds() }));
        Assert.Empty(await Reminders.PendingAsync(old.Id, default));
        Assert.Equal(2, (await Reminders.PendingAsync(moved.Id, default)).Count);
        Assert.Equal(2, await TriggerCountAsync());
    }

    private async Task<string> BookAsync(string userId) =>
        (await Desk.BookAsync(new BookingRequest(_harness.AccountId, "tam-tru-dang-ky", TomorrowAt0800, userId, null, null))).Appointment!.Code;

    private long Scalar(string sql, object? parameters = null)
    {
        using var connection = _harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.ExecuteScalar<long>(sql, parameters);
    }

    /// <summary>Every reminder trigger in the job store, whatever its appointment: a second schedule would show here.</summary>
    private async Task<int> TriggerCountAsync()
    {
        var scheduler = await _harness.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup())).Count;
    }

    /// <summary>
    /// Runs the service's turn handler, and once armed makes the next turn's commit fail after the handler is done: what
    /// the handler wrote through its own transactions has committed, the turn's state and replies have not.
    /// </summary>
    private sealed class CrashBeforeTurnCommit
    {
        private int _armed;
        private int _crashes;

        public int Crashes => Volatile.Read(ref _crashes);

        public void Arm() => Volatile.Write(ref _armed, 1);

        public ITurnHandler Around(ITurnHandler inner) => new Handler(this, inner);

        private sealed class Handler(CrashBeforeTurnCommit crash, ITurnHandler inner) : ITurnHandler
        {
            public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
            {
                await inner.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
                if (Interlocked.Exchange(ref crash._armed, 0) == 1)
                {
                    turn.Save((_, _) =>
                    {
                        Interlocked.Increment(ref crash._crashes);
                        throw new IOException("The process stopped before the turn committed.");
                    });
                }
            }
        }
    }
}
