using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>The delivery side of a notice, run inside the writer's transactions: feed the outbox, read outcomes back, finish.</summary>
public sealed class BroadcastDelivery(MessageOutbox outbox)
{
    private const string SelectPending = """
        SELECT r.user_id AS UserId, COALESCE(s.following, 0) AS Following, COALESCE(s.notices_off, 0) AS NoticesOff
        FROM broadcast_recipients AS r
        LEFT JOIN residents AS s ON s.oa_id = @oaId AND s.user_id = r.user_id
        WHERE r.broadcast_id = @id AND r.status = 'pending'
        LIMIT @limit
        """;

    private const string UpdateQueued = """
        UPDATE broadcast_recipients SET status = 'queued', queued_at = @now WHERE broadcast_id = @id AND user_id = @userId
        """;

    private const string UpdateSkipped = """
        UPDATE broadcast_recipients SET status = 'skipped', reason = @reason, done_at = @now WHERE broadcast_id = @id AND user_id = @userId
        """;

    /// <summary>
    /// Moves up to <paramref name="limit"/> pending recipients to 'queued', each in the same transaction as its outbox row;
    /// one who unfollowed or turned notices off since the start is skipped. Returns the rows that went to the outbox.
    /// </summary>
    public int Feed(SqliteConnection connection, SqliteTransaction transaction, Broadcast broadcast, int limit, long now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(broadcast);
        if (limit <= 0)
        {
            return 0;
        }
        var candidates = connection.Query<FeedCandidate>(SelectPending, new { id = broadcast.Id, oaId = broadcast.OaId, limit }, transaction).AsList();
        OutboundMessage[] message = [BroadcastMessage.Compose(broadcast)];
        var fed = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Following == 0 || candidate.NoticesOff != 0)
            {
                var reason = candidate.Following == 0 ? RecipientStatus.Unfollowed : RecipientStatus.NoticesOff;
                connection.ExecutePrepared(transaction, UpdateSkipped, ("id", broadcast.Id), ("userId", candidate.UserId), ("reason", reason), ("now", now));
                continue;
            }
            outbox.AppendOutgoing(connection, transaction, broadcast.OaId, candidate.UserId, BroadcastKeys.Source(broadcast.Id, candidate.UserId), message);
            connection.ExecutePrepared(transaction, UpdateQueued, ("id", broadcast.Id), ("userId", candidate.UserId), ("now", now));
            fed++;
        }
        return fed;
    }

    // One outbox row per recipient (a notice fits in one message), found by its exact key on the unique index.
    private const string UpdateSettled = $"""
        UPDATE broadcast_recipients AS r
        SET status = CASE o.status WHEN 'sent' THEN 'sent' ELSE 'failed' END,
            reason = CASE
                WHEN o.status = 'sent' THEN NULL
                WHEN o.error_code = -213 THEN 'unfollowed'
                WHEN o.error_code IN (-230, -232) THEN 'out-of-window'
                ELSE 'zalo:' || COALESCE(o.error_code, 'none') END,
            done_at = @now
        FROM outbox_messages AS o
        WHERE r.broadcast_id = @id AND r.status = 'queued'
          AND o.idempotency_key = @prefix || r.user_id || '{BroadcastKeys.OnlyMessage}'
          AND o.status IN ('sent', 'failed')
        """;

    // Zalo said "not a follower": the registry learns it, so the next notice does not try again.
    private const string UpdateUnfollowed = """
        UPDATE residents SET following = 0, updated_at = @now
        WHERE oa_id = @oaId AND following = 1 AND user_id IN (
            SELECT user_id FROM broadcast_recipients
            WHERE broadcast_id = @id AND status = 'failed' AND reason = 'unfollowed' AND done_at = @now)
        """;

    /// <summary>Copies the outbox's outcomes of queued recipients to their rows; returns how many settled.</summary>
    public static int Settle(SqliteConnection connection, SqliteTransaction transaction, Broadcast broadcast, long now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(broadcast);
        var settled = connection.ExecutePrepared(transaction, UpdateSettled, ("id", broadcast.Id), ("prefix", BroadcastKeys.Prefix(broadcast.Id)), ("now", now));
        if (settled > 0)
        {
            connection.ExecutePrepared(transaction, UpdateUnfollowed, ("id", broadcast.Id), ("oaId", broadcast.OaId), ("now", now));
        }
        return settled;
    }

    private const string CountOpen = """
        SELECT COUNT(*) FROM broadcast_recipients WHERE broadcast_id = @id AND status = @status
        """;

    public static long Count(SqliteConnection connection, SqliteTransaction transaction, long broadcastId, string status) =>
        connection.ScalarPrepared(transaction, CountOpen, ("id", broadcastId), ("status", status)) ?? 0;

    private const string UpdateFinished = """
        UPDATE broadcasts
        SET status = CASE status WHEN 'sending' THEN 'sent' ELSE status END, finished_at = @now, updated_at = @now
        WHERE id = @id AND finished_at IS NULL AND status IN ('sending', 'cancelled')
        """;

    /// <summary>A notice sending or cancelled with nothing left pending or queued is done; true when this call finished it.</summary>
    public static bool FinishIfDone(SqliteConnection connection, SqliteTransaction transaction, Broadcast broadcast, long queued, long now)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        if (queued > 0 || (broadcast.Status == BroadcastStatus.Sending && Count(connection, transaction, broadcast.Id, RecipientStatus.Pending) > 0))
        {
            return false;
        }
        return connection.ExecutePrepared(transaction, UpdateFinished, ("id", broadcast.Id), ("now", now)) == 1;
    }

    private const string UpdateCancelledPending = """
        UPDATE broadcast_recipients SET status = 'skipped', reason = 'cancelled', done_at = @now
        WHERE broadcast_id = @id AND status = 'pending'
        """;

    // Queued rows whose outbox row is still pending are withdrawn, tried or not: a row waiting for a retry after "too
    // fast" must not reach a resident after the notice was cancelled (a wrongly named wanted person). Only rows
    // being sent ('sending') go on to their outcome.
    private const string UpdateCancelledQueued = $"""
        UPDATE broadcast_recipients AS r SET status = 'skipped', reason = 'cancelled', done_at = @now
        FROM outbox_messages AS o
        WHERE r.broadcast_id = @id AND r.status = 'queued'
          AND o.idempotency_key = @prefix || r.user_id || '{BroadcastKeys.OnlyMessage}'
          AND o.status = 'pending'
        """;

    // Closed, not deleted: outbox ids are not AUTOINCREMENT, so a deleted newest row's id would be reused by the next
    // row (a resident's reply) behind the sender's read cursor, and that row would wait until a restart.
    private const string CloseUntried = """
        UPDATE outbox_messages SET status = 'failed', error_message = 'withdrawn: notice cancelled'
        WHERE idempotency_key >= @prefix AND idempotency_key < @end AND status = 'pending'
        """;

    /// <summary>Cancels the recipients not yet reached: pending ones, and queued ones whose outbox row was never tried.</summary>
    public static int Withdraw(SqliteConnection connection, SqliteTransaction transaction, long broadcastId, long now)
    {
        var parameters = new { id = broadcastId, now, prefix = BroadcastKeys.Prefix(broadcastId), end = BroadcastKeys.End(broadcastId) };
        var withdrawn = connection.Execute(UpdateCancelledPending, parameters, transaction);
        withdrawn += connection.Execute(UpdateCancelledQueued, parameters, transaction);
        connection.Execute(CloseUntried, parameters, transaction);
        return withdrawn;
    }
}
