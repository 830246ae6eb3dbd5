using System.Diagnostics.Metrics;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>A notice sent to its followers counts its messages handed to the outbox, and itself once it is done.</summary>
public sealed class BroadcastMetricsTests : BroadcastHostTest
{
    [Fact]
    public async Task ANoticeSentCountsOneMessagePerRecipientAndOneFinishedNotice()
    {
        var meters = Service.Services.GetRequiredService<IMeterFactory>();
        using var messages = TestMeters.Collect<long>(meters, "chatassistant.broadcast.messages");
        using var finished = TestMeters.Collect<long>(meters, "chatassistant.broadcasts.finished");
        SeedFollowers(OaA, Users("in", 7), TimeSpan.FromDays(1));

        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }));
        using (await ActAsync(Bootstrap, id, "send"))
        {
        }
        await WaitForReportAsync(id, r => r.Status == BroadcastStatus.Sent);

        Assert.Equal(7, messages.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(1, finished.GetMeasurementSnapshot().Sum(m => m.Value));
    }
}
