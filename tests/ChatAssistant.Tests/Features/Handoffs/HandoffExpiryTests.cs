using ChatAssistant.Content;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;
using ChatAssistant.Transcripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.Handoffs;

public sealed class HandoffExpiryTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private HandoffStore _handoffs = null!;
    private MessageOutbox _outbox = null!;
    private HandoffExpiry _expiry = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _handoffs = new HandoffStore(_db.Connections, _clock, Options.Create(new HandoffOptions { Timeout = TimeSpan.FromMinutes(30) }));
        _outbox = new MessageOutbox(_db.Writer, _db.Connections, _clock);
        var desk = new HandoffDesk(_db.Writer, _handoffs,
            new TranscriptStore(_db.Connections, _clock, Options.Create(new TranscriptOptions())),
            _outbox, new AuditLog(_db.Writer, _clock), ResidentTexts.Load(RepositoryFiles.Texts));
        _expiry = new HandoffExpiry(desk, _clock, NullLogger<HandoffExpiry>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _expiry.StopAsync(CancellationToken.None);
        _expiry.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task TimedOutHandoffIsClosedOnTheNextMinuteTick()
    {
        await _db.Writer.WriteAsync((c, t) => _handoffs.Open(c, t, "oa-1", "u-1"));
        await _expiry.StartAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.NotNull(_handoffs.FindOpen("oa-1", "u-1"));

        // 30 ticks pass without expiry; the 31st finds the hand-off past its 30 minutes.
        for (var minute = 0; minute < 31; minute++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromMilliseconds(1));
            await Task.Delay(5);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_handoffs.FindOpen("oa-1", "u-1") is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Null(_handoffs.FindOpen("oa-1", "u-1"));
        Assert.Single(_outbox.ReadOpenOutgoing(0, 10), r => r.UserId == "u-1");
    }
}
