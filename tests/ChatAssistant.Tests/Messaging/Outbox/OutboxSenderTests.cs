using ChatAssistant.Messaging;
using ChatAssistant.Messaging.Outbox;

namespace ChatAssistant.Tests.Messaging.Outbox;

public sealed class OutboxSenderTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 16)]
    [InlineData(8, 256)]
    [InlineData(9, 512)]
    [InlineData(10, 600)]
    [InlineData(30, 600)]
    [InlineData(long.MaxValue, 600)]
    public void BackoffDoublesFromTheRetryDelayUpToTheCap(long attempts, int expectedSeconds)
    {
        var settings = new MessagingOptions();

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), OutboxSender.Backoff(attempts, settings));
    }

    [Fact]
    public void BackoffFollowsTheConfiguredDelays()
    {
        var settings = new MessagingOptions
        {
            SendRetryDelay = TimeSpan.FromMilliseconds(250),
            MaxSendRetryDelay = TimeSpan.FromSeconds(1.5),
        };

        Assert.Equal(
            new[] { 250.0, 500, 1000, 1500, 1500 },
            Enumerable.Range(1, 5).Select(a => OutboxSender.Backoff(a, settings).TotalMilliseconds));
    }

    [Fact]
    public void BackoffNeverShrinksAsAttemptsGrow()
    {
        var settings = new MessagingOptions();
        var delays = Enumerable.Range(1, 40).Select(a => OutboxSender.Backoff(a, settings)).ToList();

        Assert.Equal(delays.Order(), delays);
    }

    private static readonly DateTimeOffset Queued = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static OutboxMessage Row(long? expiresAt = null) =>
        new(1, "oa-1", "u-1", "turn:1:0.0", "Text", "{}", "pending", 0, 0, 0, Queued.ToUnixTimeMilliseconds(), ExpiresAt: expiresAt);

    [Fact]
    public void AReplyIsGivenUpADayAfterItWasQueued() =>
        Assert.Equal(Queued.AddDays(1), OutboxSender.Deadline(Row(), new MessagingOptions()));

    [Fact]
    public void AConfiguredExpiryLongerThanZalosReplyWindowStopsAtTheWindow() =>
        Assert.Equal(Queued.AddDays(7), OutboxSender.Deadline(Row(), new MessagingOptions { SendExpiry = TimeSpan.FromDays(30) }));

    [Fact]
    public void AReplyWithItsOwnDeadlineKeepsIt()
    {
        var windowCloses = Queued.AddDays(7).AddMinutes(-3);

        Assert.Equal(windowCloses, OutboxSender.Deadline(Row(windowCloses.ToUnixTimeMilliseconds()), new MessagingOptions()));
    }
}
