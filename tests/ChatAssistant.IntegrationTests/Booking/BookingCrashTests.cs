using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.IntegrationTests.Reminders;
using ChatAssistant.Messaging.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ChatAssistant.IntegrationTests.Booking;

/// <summary>
/// The host stops while a resident's booking has committed and the turn that made it has not (as a crash there would
/// leave it); the next host runs the turn again from the inbox, and the resident gets the code once.
/// </summary>
public sealed class BookingCrashTests : ReminderHostTest
{
    private readonly StopAfterHandling _stop = new();

    protected override bool RealBookings => true;

    protected override void Override(IServiceCollection services)
    {
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<ITurnHandler>(sp => _stop.Around(sp.GetRequiredService<ConversationEngine>()));
    }

    [Fact]
    public async Task BookingWhoseTurnDidNotCommitBeforeTheHostStoppedIsAnsweredOnceWithItsCodeByTheNextHost()
    {
        await SayAsync("đặt lịch", "thủ tục nào");
        await SayAsync("đăng ký tạm trú", "ngày nào");
        await SayAsync("mai", "mấy giờ");
        await SayAsync("10h", "số điện thoại");
        await SayAsync("bỏ qua", "Xác nhận");

        _stop.Arm();
        var sent = Zalo.AcceptedMessages.Count;
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent(UserId, "có", signedAt: Clock.GetUtcNow()));
        await _stop.Reached.WaitAsync(Patience);
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM appointments"));

        await RestartAsync();

        var answer = (await Zalo.WaitForMessagesAsync(sent + 1, Patience))[sent];
        var booked = Assert.Single(Service.Services.GetRequiredService<BookingDesk>().Upcoming(ServiceUnderTest.OaId, UserId));
        Assert.StartsWith("Đặt lịch thành công", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"Mã lịch hẹn: {booked.Code}", answer.Text, StringComparison.Ordinal);
        Assert.Equal(1, Service.Query<long>("SELECT count(*) FROM appointments"));
        // The confirming turn committed once, with one reply: nothing else waits to be sent to the resident.
        Assert.Equal(sent + 1, Service.Query<long>("SELECT count(*) FROM outbox_messages"));
        Assert.Equal(0, Service.Query<long>("SELECT count(*) FROM inbox_messages WHERE status <> 'done'"));
        Assert.Equal([Local(2, 18), Local(3, 8)], await Reminders.PendingAsync(booked.Id, default));
        var scheduler = await Service.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal(2, (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup())).Count);
    }

    /// <summary>Sends a line as the resident and waits for the bot's next message, which must say <paramref name="expected"/>.</summary>
    private async Task SayAsync(string text, string expected)
    {
        var sent = Zalo.AcceptedMessages.Count;
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent(UserId, text, signedAt: Clock.GetUtcNow()));
        var reply = (await Zalo.WaitForMessagesAsync(sent + 1, Patience))[sent];
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the service's turn handler; once armed, the next turn then waits for the host to stop instead of committing,
    /// so what the handler committed through its own transactions stays and the turn's inbox row stays pending.
    /// </summary>
    private sealed class StopAfterHandling
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Reached => _reached.Task;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public ITurnHandler Around(ITurnHandler inner) => new Handler(this, inner);

        private sealed class Handler(StopAfterHandling stop, ITurnHandler inner) : ITurnHandler
        {
            public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
            {
                await inner.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
                if (Interlocked.Exchange(ref stop._armed, 0) == 1)
                {
                    stop._reached.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
