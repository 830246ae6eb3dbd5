using System.Text;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Testing;
using Dapper;

namespace ChatAssistant.Tests.Messaging.Outbox;

public sealed class MessageOutboxTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _db = null!;
    private MessageOutbox _outbox = null!;

    private static long Start => ManualClock.DefaultStart.ToUnixTimeMilliseconds();

    public Task InitializeAsync()
    {
        _db = TestDatabase.Create();
        _outbox = new MessageOutbox(_db.Writer, _db.Connections, _clock);
        return Task.CompletedTask;
    }

    private Task Append(string source, params OutboundMessage[] messages) =>
        _db.Writer.WriteAsync((c, t) => _outbox.AppendOutgoing(c, t, "oa-1", "u-1", source, messages));

    private async Task<long> AppendOne(string source)
    {
        await Append(source, OutboundMessage.FromText("Xin chào"));
        return _outbox.ReadOpenOutgoing(0, 1000).Single(r => r.IdempotencyKey == $"{source}:0.0").Id;
    }

    private static string LongVietnameseText()
    {
        const string sentence = "Công dân mang theo căn cước khi đến trụ sở Công an phường để đăng ký tạm trú. ";
        var builder = new StringBuilder();
        while (builder.Length < 4500)
        {
            builder.Append(sentence);
        }
        return builder.ToString(0, 4500);
    }

    [Fact]
    public async Task LongVietnameseTextBecomesThreeRowsInOrder()
    {
        var text = LongVietnameseText();

        await Append("turn:42", OutboundMessage.FromText(text), OutboundMessage.FromImage("https://example.vn/map.png", "Bản đồ"));

        var rows = _outbox.ReadOpenOutgoing(0, 100);
        Assert.Equal(["turn:42:0.0", "turn:42:0.1", "turn:42:0.2", "turn:42:1.0"], rows.Select(r => r.IdempotencyKey));
        Assert.Equal(rows.Select(r => r.Id).Order(), rows.Select(r => r.Id));
        var parts = rows.Take(3).Select(r => MessageOutbox.ReadBody(r).Text).ToList();
        Assert.All(parts, part => Assert.InRange(part.Length, 1, 2000));
        Assert.Equal(text.TrimEnd(), string.Join(" ", parts));
        Assert.All(rows.Take(3), r => Assert.Equal("Text", r.Kind));
        Assert.Equal("Image", rows[3].Kind);
        Assert.All(rows, r => Assert.Equal(("oa-1", "u-1", OutboxStatus.Pending, 0L, Start, 0L),
            (r.OaId, r.UserId, r.Status, r.Attempts, r.NextAttemptAt, r.ResentAfterCrash)));
    }

    [Fact]
    public async Task AppendingTheSameSourceTwiceStoresNothingNew()
    {
        await Append("turn:7", OutboundMessage.FromText("Xin chào"), OutboundMessage.FromText("Bạn cần gì?"));
        var first = _outbox.ReadOpenOutgoing(0, 100);

        await Append("turn:7", OutboundMessage.FromText("Xin chào lần hai"), OutboundMessage.FromText("Bạn cần gì?"));
        await _outbox.AppendOutgoingAsync("oa-1", "u-1", "turn:7", [OutboundMessage.FromText("lần ba")]);

        Assert.Equal(first, _outbox.ReadOpenOutgoing(0, 100));
        Assert.Equal("Xin chào", MessageOutbox.ReadBody(first[0]).Text);
    }

    [Fact]
    public async Task AppendOutgoingAsyncCommitsAndWakesTheSender()
    {
        await _outbox.AppendOutgoingAsync("oa-2", "u-9", "reminder:5", [OutboundMessage.FromText("Nhắc lịch hẹn")]);

        var row = Assert.Single(_outbox.ReadOpenOutgoing(0, 10));
        Assert.Equal(("oa-2", "u-9", "reminder:5:0.0"), (row.OaId, row.UserId, row.IdempotencyKey));
        await _outbox.Appended.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task OpenRowsAfterTheCursorArePendingOrSendingInIdOrder()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await AppendOne($"turn:{i}"));
        }
        await _outbox.MarkOutgoingSendingAsync(ids[1]);
        await _outbox.MarkOutgoingSentAsync(ids[2], "zalo-msg-2");
        await _outbox.MarkOutgoingFailedAsync(ids[3], -213, "not a follower");

        Assert.Equal([ids[1], ids[4]], _outbox.ReadOpenOutgoing(ids[0], 100).Select(r => r.Id));
        Assert.Equal([ids[0], ids[1]], _outbox.ReadOpenOutgoing(0, 2).Select(r => r.Id));
        Assert.Equal(OutboxStatus.Sending, _outbox.ReadOpenOutgoing(0, 100)[1].Status);
    }

    [Fact]
    public async Task MarkingSendingCountsTheAttempt()
    {
        var id = await AppendOne("turn:1");
        _clock.Advance(TimeSpan.FromSeconds(2));

        await _outbox.MarkOutgoingSendingAsync(id);

        var row = Row(id);
        Assert.Equal((OutboxStatus.Sending, 1L, 0L, (long?)(Start + 2000)), (row.Status, row.Attempts, row.ResentAfterCrash, row.LastAttemptAt));
    }

    [Fact]
    public async Task RowStillSendingWhenMarkedAgainIsRecordedAsResentAfterACrash()
    {
        var id = await AppendOne("turn:1");

        await _outbox.MarkOutgoingSendingAsync(id);
        await _outbox.MarkOutgoingSendingAsync(id);

        var row = Row(id);
        Assert.Equal((OutboxStatus.Sending, 2L, 1L), (row.Status, row.Attempts, row.ResentAfterCrash));
    }

    [Fact]
    public async Task OrdinaryRetryIsNotMistakenForAResendAfterACrash()
    {
        var id = await AppendOne("turn:1");

        await _outbox.MarkOutgoingSendingAsync(id);
        await _outbox.ScheduleOutgoingRetryAsync(id, ManualClock.DefaultStart.AddSeconds(4), -32, "rate limit");
        await _outbox.MarkOutgoingSendingAsync(id);

        var row = Row(id);
        Assert.Equal((OutboxStatus.Sending, 2L, 0L), (row.Status, row.Attempts, row.ResentAfterCrash));
    }

    [Fact]
    public async Task ResentAfterCrashStaysSetThroughLaterRetries()
    {
        var id = await AppendOne("turn:1");

        await _outbox.MarkOutgoingSendingAsync(id);
        await _outbox.MarkOutgoingSendingAsync(id);
        await _outbox.ScheduleOutgoingRetryAsync(id, ManualClock.DefaultStart.AddSeconds(4), null, "network");
        await _outbox.MarkOutgoingSendingAsync(id);
        await _outbox.MarkOutgoingSentAsync(id, "zalo-1");

        Assert.Equal((OutboxStatus.Sent, 3L, 1L), (Row(id).Status, Row(id).Attempts, Row(id).ResentAfterCrash));
    }

    [Fact]
    public async Task SentRowKeepsTheChannelIdAndForgetsEarlierErrors()
    {
        var id = await AppendOne("turn:1");
        await _outbox.MarkOutgoingSendingAsync(id);
        await _outbox.ScheduleOutgoingRetryAsync(id, ManualClock.DefaultStart.AddSeconds(4), -32, "rate limit");
        await _outbox.MarkOutgoingSendingAsync(id);
        _clock.Advance(TimeSpan.FromSeconds(5));

        await _outbox.MarkOutgoingSentAsync(id, "zalo-msg-1");

        var row = Row(id);
        Assert.Equal(
            (OutboxStatus.Sent, (string?)"zalo-msg-1", (long?)(Start + 5000), (long?)null, (string?)null),
            (row.Status, row.ChannelMessageId, row.SentAt, row.ErrorCode, row.ErrorMessage));
        Assert.Empty(_outbox.ReadOpenOutgoing(0, 10));
    }

    [Fact]
    public async Task RetryPutsTheRowBackWithItsTimeAndError()
    {
        var id = await AppendOne("turn:1");
        await _outbox.MarkOutgoingSendingAsync(id);
        var next = ManualClock.DefaultStart.AddMinutes(3);

        await _outbox.ScheduleOutgoingRetryAsync(id, next, -32, "rate limit");

        var row = Row(id);
        Assert.Equal(
            (OutboxStatus.Pending, next.ToUnixTimeMilliseconds(), (long?)-32, (string?)"rate limit", 1L),
            (row.Status, row.NextAttemptAt, row.ErrorCode, row.ErrorMessage, row.Attempts));
        Assert.Equal(next.ToUnixTimeMilliseconds(), Assert.Single(_outbox.ReadOpenOutgoing(0, 10)).NextAttemptAt);
    }

    [Fact]
    public async Task FailedRowIsClosedWithItsError()
    {
        var id = await AppendOne("turn:1");
        await _outbox.MarkOutgoingSendingAsync(id);

        await _outbox.MarkOutgoingFailedAsync(id, -230, "outside the 7-day window");

        var row = Row(id);
        Assert.Equal((OutboxStatus.Failed, (long?)-230, (string?)"outside the 7-day window"), (row.Status, row.ErrorCode, row.ErrorMessage));
        Assert.Empty(_outbox.ReadOpenOutgoing(0, 10));
    }

    public static TheoryData<OutboundMessage> Messages() => new()
    {
        OutboundMessage.FromImage("https://example.vn/giay-hen.png", "Giấy hẹn của bạn"),
        OutboundMessage.FromImage("https://example.vn/anh.png"),
        OutboundMessage.AskUserInfo("Đăng ký nhận thông báo", "Chia sẻ họ tên, số điện thoại", "https://example.vn/the.png"),
        OutboundMessage.FromText("Đã nhận tin báo của bạn. Xin cảm ơn!") with { QuoteMessageId = "zalo-msg-9" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task BodyReadsBackAsTheMessageThatWasAppended(OutboundMessage message)
    {
        await Append("turn:1", message);

        var row = Assert.Single(_outbox.ReadOpenOutgoing(0, 10));
        Assert.Equal(message, MessageOutbox.ReadBody(row));
        Assert.Equal(message.Kind.ToString(), row.Kind);
    }

    [Fact]
    public async Task ARowReadByItsFirstTenColumnsStillMaps()
    {
        var id = await AppendOne("turn:10");
        using var connection = _db.Connections.Open();

        var row = connection.QuerySingle<OutboxMessage>(
            """
            SELECT id, oa_id AS OaId, user_id AS UserId, idempotency_key AS IdempotencyKey, kind, body, status, attempts,
                   next_attempt_at AS NextAttemptAt, resent_after_crash AS ResentAfterCrash
            FROM outbox_messages WHERE id = @id
            """, new { id });

        Assert.Equal(("turn:10:0.0", "Xin chào"), (row.IdempotencyKey, MessageOutbox.ReadBody(row).Text));
    }

    [Fact]
    public async Task ADeadlineIsKeptAndARowThatMustNotNameItsResidentKeepsItToTheHourOnceSent()
    {
        var deadline = ManualClock.DefaultStart.AddDays(7).AddMilliseconds(4321);
        await _db.Writer.WriteAsync((c, t) => _outbox.AppendOutgoing(
            c, t, "oa-1", "u-1", "turn:7", [OutboundMessage.FromText("K7M2-QX9P-4HRT")], OutboxRedaction.BodyAndResident, deadline));
        await Append("turn:8", OutboundMessage.FromText("Xin chào"));
        var rows = _outbox.ReadOpenOutgoing(0, 10);
        Assert.Equal([deadline.ToUnixTimeMilliseconds(), null], rows.Select(r => r.ExpiresAt));

        await _outbox.MarkOutgoingSentAsync(rows[0].Id, "zalo-1");

        using var connection = _db.Connections.Open();
        Assert.Equal(deadline.ToUnixTimeMilliseconds() / 3_600_000 * 3_600_000,
            connection.ExecuteScalar<long>("SELECT expires_at FROM outbox_messages WHERE id = @id", new { id = rows[0].Id }));
    }

    private sealed record StoredRow(
        string Status, long Attempts, long ResentAfterCrash, long NextAttemptAt, long? LastAttemptAt, long? SentAt,
        string? ChannelMessageId, long? ErrorCode, string? ErrorMessage);

    private StoredRow Row(long id)
    {
        using var connection = _db.Connections.Open();
        return connection.QuerySingle<StoredRow>(
            """
            SELECT status, attempts, resent_after_crash AS ResentAfterCrash, next_attempt_at AS NextAttemptAt,
                   last_attempt_at AS LastAttemptAt, sent_at AS SentAt, channel_message_id AS ChannelMessageId,
                   error_code AS ErrorCode, error_message AS ErrorMessage
            FROM outbox_messages WHERE id = @id
            """, new { id });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
