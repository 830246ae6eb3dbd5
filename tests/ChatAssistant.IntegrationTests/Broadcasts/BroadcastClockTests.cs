using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>Scheduled notices (Quartz, following the host's clock) and quiet hours, on a clock the test moves.</summary>
public sealed class BroadcastClockTests : BroadcastHostTest
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly ManualClock _clock = new();

    protected override TimeProvider Clock => _clock;

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Broadcasts:FeedInterval"] = "00:00:01",
        // The product's quiet hours, on this class's own clock.
        ["Broadcasts:QuietHoursStart"] = "22:00:00",
        ["Broadcasts:QuietHoursEnd"] = "06:00:00",
    };

    [Fact]
    public async Task ScheduledNoticeStartsAtItsTimeAndNotBefore()
    {
        SeedFollowers(OaA, Users("r", 3), TimeSpan.FromDays(1));
        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }, sendAt: Local(2, 9)));

        Assert.Equal(BroadcastStatus.Scheduled, await SendAsync(id));
        AdvanceTo(Local(2, 8, 59));
        await Task.Delay(300);
        Assert.Equal(BroadcastStatus.Scheduled, (await ReportAsync(Bootstrap, id)).Status);
        Assert.Empty(Zalo.Messages);

        AdvanceTo(Local(2, 9));
        var report = await WaitForReportAsync(id, r => r.Status == BroadcastStatus.Sent, () => _clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(3, report.Sent);
        Assert.True(report.StartedAt >= Local(2, 9));
        Assert.Equal(Users("r", 3), Zalo.AcceptedMessages.Select(m => m.UserId!).Order());
    }

    [Fact]
    public async Task NonUrgentNoticeWaitsThroughQuietHoursWhileAnUrgentOneGoesAtOnce()
    {
        _clock.UtcNow = Local(2, 22, 30);
        SeedFollowers(OaA, Users("r", 2), TimeSpan.FromDays(1));
        var campaign = await ComposeAsync(Bootstrap, Notice(new { all = true }, category: BroadcastCategories.Campaign));
        var warning = await ComposeAsync(Bootstrap, Notice(new { all = true }, category: BroadcastCategories.SecurityWarning));

        Assert.Equal(BroadcastStatus.Sending, await SendAsync(campaign));
        Assert.Equal(BroadcastStatus.Sending, await SendAsync(warning));
        var urgent = await WaitForReportAsync(warning, r => r.Status == BroadcastStatus.Sent, () => _clock.Advance(TimeSpan.FromSeconds(1)));
        var held = await ReportAsync(Bootstrap, campaign);

        Assert.True(urgent.Urgent);
        Assert.Equal(2, urgent.Sent);
        Assert.False(held.Urgent);
        Assert.Equal((BroadcastStatus.Sending, 2L, 0L), (held.Status, held.Pending, held.Sent));
        Assert.Equal(Local(3, 6), held.HeldUntil);
        Assert.Equal(2, Zalo.AcceptedMessages.Count);

        AdvanceTo(Local(3, 5, 59, 59));
        await Task.Delay(300);
        Assert.Equal(0, (await ReportAsync(Bootstrap, campaign)).Sent);
        AdvanceTo(Local(3, 6));
        var after = await WaitForReportAsync(campaign, r => r.Status == BroadcastStatus.Sent, () => _clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(2, after.Sent);
        Assert.Equal(4, Zalo.AcceptedMessages.Count);
    }

    private async Task<string> SendAsync(long id)
    {
        using var response = await ActAsync(Bootstrap, id, "send");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<State>())!.Status;
    }

    private void AdvanceTo(DateTimeOffset to)
    {
        while (_clock.UtcNow < to)
        {
            var step = to - _clock.UtcNow;
            _clock.Advance(step > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : step);
        }
    }

    private static DateTimeOffset Local(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, Vietnam);
}
