using ChatAssistant.Conversation.Activities;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Testing;

namespace ChatAssistant.Tests.Messaging;

public sealed class ServiceEventsTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task EventIsRaisedOncePerKeyAndReadBackAsAnEventActivity()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var inbox = new MessageInbox(_database.Writer, _database.Connections, clock);
        var events = new ServiceEvents(inbox, clock);

        Assert.True(await events.RaiseAsync("oa", "u", "satisfaction-survey", "{\"a\":1}", "survey:1"));
        Assert.False(await events.RaiseAsync("oa", "u", "satisfaction-survey", "{\"a\":1}", "survey:1"));

        var envelope = Assert.Single(inbox.ReadPendingIncoming(0, 10));
        Assert.True(ServiceEvents.IsServiceEvent(envelope));
        var activity = ServiceEvents.ToActivity(envelope);
        Assert.Equal((ActivityType.Event, "oa", "u", "satisfaction-survey", "{\"a\":1}"),
            (activity.Type, activity.AccountId, activity.UserId, activity.Name, activity.Value));
        Assert.Equal(clock.GetUtcNow(), activity.Timestamp);
    }
}
