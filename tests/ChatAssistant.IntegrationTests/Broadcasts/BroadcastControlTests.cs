using System.Net;
using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>Pause, resume and cancel while a notice is going out at a slow rate (10 a second).</summary>
public sealed class BroadcastControlTests : BroadcastHostTest
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Broadcasts:MessagesPerMinute"] = "600",
        ["Broadcasts:Lookahead"] = "00:00:00.500",
    };

    [Fact]
    public async Task PausedNoticeStopsAfterWhatWasQueuedAndResumedOneReachesEveryoneOnce()
    {
        SeedFollowers(OaA, Users("r", 30), TimeSpan.FromDays(1));
        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }));
        using (await ActAsync(Bootstrap, id, "send"))
        {
        }
        await Zalo.WaitForMessagesAsync(3, Patience);

        using var pause = await ActAsync(Bootstrap, id, "pause");
        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        var paused = await WaitForReportAsync(id, r => r.Queued == 0);
        await Task.Delay(700);
        Assert.Equal(BroadcastStatus.Paused, paused.Status);
        Assert.InRange(paused.Sent, 3, 29);
        Assert.Equal(paused.Sent, Zalo.AcceptedMessages.Count);

        using var resume = await ActAsync(Bootstrap, id, "resume");
        Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        var done = await WaitForReportAsync(id, r => r.Status == BroadcastStatus.Sent);

        Assert.Equal(30, done.Sent);
        Assert.Equal(Users("r", 30), Zalo.AcceptedMessages.Select(m => m.UserId!).Order());
    }

    [Fact]
    public async Task CancelledNoticeSkipsWhoItHasNotReachedAndCannotBeSentAgain()
    {
        SeedFollowers(OaA, Users("r", 40), TimeSpan.FromDays(1));
        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }));
        using (await ActAsync(Bootstrap, id, "send"))
        {
        }
        await Zalo.WaitForMessagesAsync(3, Patience);

        using var cancel = await ActAsync(Bootstrap, id, "cancel");
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var report = await WaitForReportAsync(id, r => r.FinishedAt is not null);
        await Task.Delay(500);

        var received = Zalo.AcceptedMessages;
        Assert.Equal(BroadcastStatus.Cancelled, report.Status);
        Assert.Equal(received.Count, report.Sent);
        Assert.Equal(received.Count, received.Select(m => m.UserId).Distinct().Count());
        Assert.Equal(40 - report.Sent, report.Skipped[RecipientStatus.Cancelled]);
        Assert.True(report.Sent < 40, "the cancel came too late to test anything");
        using var sendAgain = await ActAsync(Bootstrap, id, "send");
        Assert.Equal(HttpStatusCode.Conflict, sendAgain.StatusCode);
    }
}
