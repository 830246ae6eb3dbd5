using System.Text;
using System.Text.Json;
using ChatAssistant.Accounts;
using ChatAssistant.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Messaging;

/// <summary>From a signed event at the webhook to the reply at the (fake) Zalo OA API.</summary>
public sealed class ReplyDeliveryTests : ZaloHostTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private string Text(string key) => Service.Services.GetRequiredService<ResidentTexts>().Get(key);

    [Fact]
    public async Task SignedSampleIsAnsweredAtZaloWithTheAccessTokenHeaderAndV3Body()
    {
        var sample = ServiceUnderTest.Freshened(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "webhook-samples", "user_send_text.json")));
        using var parsed = JsonDocument.Parse(sample);
        var userId = parsed.RootElement.GetProperty("sender").GetProperty("id").GetString();

        await Service.PostWebhookAsync(sample);
        var replies = await Zalo.WaitForMessagesAsync(1, Patience);

        var reply = Assert.Single(replies);
        Assert.Equal("/v3.0/oa/message/cs", reply.Path);
        Assert.Equal(ServiceUnderTest.SeedAccessToken, reply.AccessToken);
        using var body = JsonDocument.Parse(reply.RawJson);
        Assert.Equal(userId, body.RootElement.GetProperty("recipient").GetProperty("user_id").GetString());
        // The sample asks about a first identity card: the answer comes from the catalogue.
        Assert.StartsWith("CẤP THẺ CĂN CƯỚC LẦN ĐẦU", body.RootElement.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GreetingWithoutDiacriticsGetsTheWelcome()
    {
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-greet", "xin chao"));

        var reply = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.StartsWith(Text(ResidentTexts.Welcome), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredEventIsAnsweredOnce()
    {
        var body = ServiceUnderTest.TextEvent("u-dup", "xin chào", msgId: "redelivered");
        await Service.PostWebhookAsync(body);
        await Service.PostWebhookAsync(body);
        // A later event from the same resident: once its reply is there, any reply to a duplicate would be too.
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-dup", "chào"));

        await Zalo.WaitForMessagesAsync(2, Patience);
        await Task.Delay(300);

        Assert.Equal(2, Zalo.Messages.Count(m => m.UserId == "u-dup"));
    }

    [Fact]
    public async Task ExpiredTokenIsRefreshedOnceAndTheNewPairIsPersisted()
    {
        Zalo.ExpireAccessToken(ServiceUnderTest.SeedAccessToken);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-token", "xin chào"));
        var accepted = await Zalo.WaitForMessagesAsync(1, Patience);

        Assert.Equal(1, Zalo.RefreshCount);
        var refreshToken = StoredToken("refresh_token", TokenSeal.Refresh)!;
        var accessToken = StoredToken("access_token", TokenSeal.Access);
        Assert.NotEqual(ServiceUnderTest.SeedRefreshToken, refreshToken);
        Assert.True(Zalo.IsRefreshTokenValid(refreshToken));
        Assert.Equal(accessToken, Assert.Single(accepted).AccessToken);
        Assert.Equal(ServiceUnderTest.SeedRefreshToken, StoredToken("previous_refresh_token", TokenSeal.PreviousRefresh));
    }

    [Fact]
    public async Task TheDatabaseFileHoldsNoTokenInClearNeitherTheSeedsNorTheRefreshedPair()
    {
        Zalo.ExpireAccessToken(ServiceUnderTest.SeedAccessToken);
        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-sealed", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, Patience);
        var tokens = new[]
        {
            ServiceUnderTest.SeedAccessToken, ServiceUnderTest.SeedRefreshToken,
            StoredToken("access_token", TokenSeal.Access)!, StoredToken("refresh_token", TokenSeal.Refresh)!,
        };

        // The database and its WAL, read while the host holds them open, as a copy of the folder would be. A WAL may
        // go meanwhile (another test clearing the pools closes the last connection): it is folded into the database.
        var bytes = Directory.GetFiles(Folder.Path, "service.db*").SelectMany(file =>
        {
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }
            catch (FileNotFoundException)
            {
                return [];
            }
        }).ToArray();

        Assert.All(tokens, token => Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) < 0, $"{token} is in the database files"));
        Assert.Equal(0L, Service.Query<long>(
            "SELECT count(*) FROM official_accounts WHERE access_token IS NOT NULL OR refresh_token IS NOT NULL OR previous_refresh_token IS NOT NULL"));
    }

    /// <summary>A token as the database keeps it, opened with the service's own seal.</summary>
    private string? StoredToken(string column, string sealedAs) =>
        Service.Services.GetRequiredService<TokenSeal>().Open(ServiceUnderTest.OaId, sealedAs,
            Service.Query<byte[]>($"SELECT {column}_cipher FROM official_accounts WHERE oa_id = @oaId", new { oaId = ServiceUnderTest.OaId }));

    [Fact]
    public async Task ConcurrentSendsWithAnExpiredTokenRefreshOnlyOnce()
    {
        Zalo.ExpireAccessToken(ServiceUnderTest.SeedAccessToken);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Service.PostWebhookAsync(ServiceUnderTest.TextEvent($"u-race-{i}", "xin chào"))));
        await Zalo.WaitForMessagesAsync(10, Patience);

        Assert.Equal(1, Zalo.RefreshCount);
    }

    [Fact]
    public async Task OutOfWindowErrorIsRecordedAsPermanentAndNotRetried()
    {
        Zalo.FailAlwaysForUser("u-230", -230);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-230", "xin chào"));
        await WaitUntilAsync(() => Service.Query<string>("SELECT status FROM outbox_messages WHERE user_id = 'u-230'") == "failed");
        await Task.Delay(300);

        Assert.Equal(-230, Service.Query<long>("SELECT error_code FROM outbox_messages WHERE user_id = 'u-230'"));
        Assert.Equal(1, Service.Query<long>("SELECT attempts FROM outbox_messages WHERE user_id = 'u-230'"));
        Assert.Single(Zalo.Messages, m => m.UserId == "u-230");
    }

    [Fact]
    public async Task RateLimitedSendIsRetriedUntilItGoesThrough()
    {
        Zalo.FailNextSends(-32, count: 2);

        await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-32", "xin chào"));
        await Zalo.WaitForMessagesAsync(1, Patience);
        // Delivered, the reply keeps no resident: it is the only row.
        await WaitUntilAsync(() => Service.Query<string>("SELECT status FROM outbox_messages") == "sent");

        Assert.Equal(3, Zalo.Messages.Count(m => m.UserId == "u-32"));
        Assert.Equal(3, Service.Query<long>("SELECT attempts FROM outbox_messages"));
    }

    [Fact]
    public async Task MessagesOfOneResidentAreAnsweredInTheOrderSent()
    {
        for (var i = 0; i < 5; i++)
        {
            await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("u-order", i % 2 == 0 ? "xin chào" : $"ok {i}"));
        }

        var replies = (await Zalo.WaitForMessagesAsync(5, Patience)).Where(m => m.UserId == "u-order").Select(m => m.Text).ToList();

        // "ok 1", "ok 3": a nod, acknowledged (issue 14).
        string[] expected = [ResidentTexts.Welcome, "ack-reply", ResidentTexts.Welcome, "ack-reply", ResidentTexts.Welcome];
        Assert.Equal(expected.Length, replies.Count);
        Assert.All(expected.Zip(replies), pair => Assert.StartsWith(Text(pair.First), pair.Second, StringComparison.Ordinal));
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }
            await Task.Delay(25);
        }
    }
}
