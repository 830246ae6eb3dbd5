using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Messaging.Outbox;

namespace ChatAssistant.Tests.Messaging.Outbox;

/// <summary>A resident's replies keep one lane, in order; a notice to them travels beside it, not in front of it.</summary>
public sealed class OutboxLaneTests
{
    private static OutboxMessage Row(string key, string user = "u-1") => new(1, "oa-1", user, key, "Text", "{}", "pending", 0, 0, 0);

    [Fact]
    public void RepliesOfOneResidentShareALaneAndTheirNoticeHasItsOwn()
    {
        var reply = OutboxSender.Lane(Row("turn:41:0.0"));
        Assert.Equal(reply, OutboxSender.Lane(Row("turn:42:0.0")));
        Assert.Equal(reply, OutboxSender.Lane(Row("reminder:7:eve:0.0")));
        Assert.NotEqual(reply, OutboxSender.Lane(Row(BroadcastKeys.Source(3, "u-1") + ":0.0")));
        Assert.NotEqual(reply, OutboxSender.Lane(Row("turn:43:0.0", user: "u-2")));
    }
}
