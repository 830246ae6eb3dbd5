using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>What was accepted before a stop is answered after the next start, exactly once.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FakeZaloApi _zalo = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloApi.StartAsync();
        _zalo.IssueTokens(ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken);
    }

    public async Task DisposeAsync()
    {
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task UnprocessedInboxRowsAreAnsweredExactlyOnceAfterARestart()
    {
        const int residents = 120;
        var database = _folder.File("service.db");
        // A slow Zalo and one turn at a time make sure the stop comes with work left over.
        _zalo.Latency = TimeSpan.FromMilliseconds(20);
        var slow = new Dictionary<string, string> { ["Messaging:MaxConcurrentTurns"] = "1", ["Messaging:MaxConcurrentSends"] = "1" };

        long inboxPendingAtStop, outboxOpenAtStop;
        await using (var first = await ServiceUnderTest.StartAsync(database, _zalo, slow))
        {
            await Task.WhenAll(Enumerable.Range(0, residents).Select(i => first.PostWebhookAsync(ServiceUnderTest.TextEvent($"r-{i}", "xin chào"))));
            await first.StopAsync();
            inboxPendingAtStop = first.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'");
            outboxOpenAtStop = first.Query<long>("SELECT count(*) FROM outbox_messages WHERE status <> 'sent'");
        }
        Assert.True(inboxPendingAtStop > 0, "the first run should have stopped with unprocessed inbox rows");
        Assert.True(outboxOpenAtStop > 0, "the first run should have stopped with unsent replies");

        _zalo.Latency = TimeSpan.Zero;
        await using var second = await ServiceUnderTest.StartAsync(database, _zalo);
        await _zalo.WaitForMessagesAsync(residents, TimeSpan.FromSeconds(20));
        await ReplyDeliveryTests.WaitUntilAsync(() => second.Query<long>("SELECT count(*) FROM outbox_messages WHERE status <> 'sent'") == 0);
        await Task.Delay(300);

        var perResident = _zalo.AcceptedMessages.GroupBy(m => m.UserId).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(residents, perResident.Count);
        Assert.All(perResident.Values, count => Assert.Equal(1, count));
        Assert.Equal(0, second.Query<long>("SELECT count(*) FROM inbox_messages WHERE status = 'pending'"));
    }

    [Fact]
    public async Task RefreshedTokensSurviveARestartInsteadOfTheSeed()
    {
        var database = _folder.File("tokens.db");
        _zalo.ExpireAccessToken(ServiceUnderTest.SeedAccessToken);
        await using (var first = await ServiceUnderTest.StartAsync(database, _zalo))
        {
            await first.PostWebhookAsync(ServiceUnderTest.TextEvent("t-1", "xin chào"));
            await _zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
            await first.StopAsync();
        }

        await using var second = await ServiceUnderTest.StartAsync(database, _zalo);
        await second.PostWebhookAsync(ServiceUnderTest.TextEvent("t-2", "xin chào"));
        await _zalo.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));

        // The seed's refresh token was spent; using it again would have failed. One refresh in all.
        Assert.Equal(1, _zalo.RefreshCount);
        var tokensUsed = _zalo.AcceptedMessages.Select(m => m.AccessToken).Distinct().ToList();
        Assert.NotEqual(ServiceUnderTest.SeedAccessToken, Assert.Single(tokensUsed));
    }
}
