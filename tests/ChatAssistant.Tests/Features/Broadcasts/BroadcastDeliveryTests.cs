using ChatAssistant.Features.Followers;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;
using Dapper;

namespace ChatAssistant.Tests.Features.Broadcasts;

/// <summary>The delivery statements on a real database: outcomes read back from the outbox, and a cancel's withdrawal.</summary>
public sealed class BroadcastDeliveryTests : IAsyncLifetime
{
    private const string OaId = "oa-1";
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private MessageOutbox _outbox = null!;
    private BroadcastDelivery _delivery = null!;

    public async Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _outbox = new MessageOutbox(_db.Writer, _db.Connections, _clock);
        _delivery = new BroadcastDelivery(_outbox);
        await _db.Writer.WriteAsync((c, t) =>
        {
            var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var user in new[] { "ok", "left", "window", "banned", "young" })
            {
                c.Execute("INSERT INTO residents (oa_id, user_id, last_interaction_at, updated_at) VALUES (@OaId, @user, @now, @now)", new { OaId, user, now }, t);
            }
            var notice = new NewBroadcast(OaId, "Tiêu đề", "Nội dung", null, null, BroadcastCategories.General, new BroadcastTarget(All: true), null, null);
            var id = BroadcastStore.Insert(c, t, notice, false, null, now);
            var groups = ResidentialGroups.Load(Path.Combine(ChatAssistant.Testing.RepositoryDialogs.Folder, ResidentialGroups.FileName));
            new BroadcastAudience(_db.Connections, groups).Fix(c, t, BroadcastStore.Find(c, t, id)!, _clock.GetUtcNow());
        });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Broadcast Notice => new BroadcastStore(_db.Connections).Find(1)!;

    [Fact]
    public async Task OutcomesAreReadBackFromTheOutboxAndAnUnfollowerIsRecorded()
    {
        // Fed in user id order: all but "young".
        var fed = await _db.Writer.WriteAsync((c, t) => _delivery.Feed(c, t, Notice, 4, 1));
        var rows = _outbox.ReadOpenOutgoing(0, 10).ToDictionary(r => r.UserId);
        await _outbox.MarkOutgoingSentAsync(rows["banned"].Id, "m1");
        await _outbox.MarkOutgoingFailedAsync(rows["left"].Id, -213, "not a follower");
        await _outbox.MarkOutgoingFailedAsync(rows["window"].Id, -232, "no interaction");

        var settled = await _db.Writer.WriteAsync((c, t) => BroadcastDelivery.Settle(c, t, Notice, 2));

        Assert.Equal((4, 3), (fed, settled));
        Assert.Equal(
            [("banned", "sent", null), ("left", "failed", "unfollowed"), ("ok", "queued", null), ("window", "failed", "out-of-window"), ("young", "pending", null)],
            Recipients());
        Assert.Equal(0, Scalar("SELECT following FROM residents WHERE user_id = 'left'"));
        Assert.Equal(1, Scalar("SELECT following FROM residents WHERE user_id = 'window'"));
    }

    [Fact]
    public async Task CancelWithdrawsWhatTheOutboxHasNotTriedAndTheSenderSkipsAWithdrawnRow()
    {
        await _db.Writer.WriteAsync((c, t) => _delivery.Feed(c, t, Notice, 3, 1));
        var rows = _outbox.ReadOpenOutgoing(0, 10);
        var tried = rows[0];
        Assert.True(await _outbox.MarkOutgoingSendingAsync(tried.Id));

        var withdrawn = await _db.Writer.WriteAsync((c, t) => BroadcastDelivery.Withdraw(c, t, 1, 2));

        Assert.Equal(4, withdrawn);
        Assert.Equal([tried.Id], _outbox.ReadOpenOutgoing(0, 10).Select(r => r.Id));
        Assert.False(await _outbox.MarkOutgoingSendingAsync(rows[1].Id));
        Assert.Equal(4, Recipients().Count(r => r.Reason == "cancelled"));
        Assert.Equal("queued", Recipients().Single(r => r.UserId == tried.UserId).Status);

        // A row added after the cancel (a resident's reply) comes after every row the sender already read: withdrawn
        // rows keep their ids, so none is reused behind its cursor.
        await _db.Writer.WriteAsync((c, t) => _outbox.AppendOutgoing(c, t, "oa-1", "resident-9", "turn:99",
            [ChatAssistant.Conversation.Messages.OutboundMessage.FromText("Dạ, em trả lời câu hỏi của anh.")]));
        Assert.Contains(_outbox.ReadOpenOutgoing(rows.Max(r => r.Id), 10), r => r.UserId == "resident-9");
    }

    private List<(string UserId, string Status, string? Reason)> Recipients()
    {
        using var connection = _db.Connections.Open();
        return connection.Query<(string, string, string?)>("SELECT user_id, status, reason FROM broadcast_recipients ORDER BY user_id").AsList();
    }

    private long Scalar(string sql)
    {
        using var connection = _db.Connections.Open();
        return connection.ExecuteScalar<long>(sql);
    }
}
