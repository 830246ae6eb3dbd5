using Dapper;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Messaging.Inbox;

/// <summary>The inbox table: incoming envelopes stored once, read in arrival order, marked handled.</summary>
/// <remarks>
/// A row names its resident and keeps their words only while its turn is to come. The mark that ends the turn (done,
/// throttled) keeps only what deduplication needs: the key as its SHA-256 (<see cref="StoredKey"/>, which finds a
/// redelivery as well as the key did), the hour it arrived and its status. Every handled row looks alike, so a row
/// that belonged to a private flow (an anonymous report) cannot be told from the others nor placed beside its
/// resident's rows; rows stored handled (ignored, stale) are kept the same way from the start. Only a parked row
/// (failed) of an ordinary turn keeps its resident and error for operators.
/// </remarks>
public sealed class MessageInbox(SqliteWriter writer, SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Tells the dispatcher that new envelopes are waiting.</summary>
    public WakeSignal Arrived { get; } = new();

    private const string InsertIncoming = """
        INSERT INTO inbox_messages (oa_id, user_id, event_name, dedup_key, body, received_at, status)
        VALUES (@OaId, @UserId, @EventName, @DedupKey, @Body, @receivedAt, @Status)
        ON CONFLICT (oa_id, dedup_key) DO NOTHING
        RETURNING id
        """;

    /// <summary>Stores the event durably; returns its id, or null when it was already stored (a redelivery).</summary>
    public async Task<long?> StoreIncomingAsync(IncomingEvent incoming)
    {
        var receivedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var pending = incoming.Status == InboxStatus.Pending;
        var id = await writer.WriteAsync((connection, transaction) =>
            connection.ScalarPrepared(transaction, InsertIncoming,
                (nameof(incoming.OaId), incoming.OaId),
                (nameof(incoming.UserId), pending ? incoming.UserId : NoResident),
                (nameof(incoming.EventName), pending ? incoming.EventName : HandledEventName(incoming.EventName)),
                (nameof(incoming.DedupKey), StoredKey(incoming.DedupKey)),
                (nameof(incoming.Body), pending ? incoming.Body : EmptyBody),
                ("receivedAt", pending ? receivedAt : ToTheHour(receivedAt)),
                (nameof(incoming.Status), incoming.Status)), WritePriority.Intake).ConfigureAwait(false);
        if (id is not null && incoming.Status == InboxStatus.Pending)
        {
            Arrived.Notify();
        }
        return id;
    }

    /// <summary>What a handled row's body is: an empty JSON object, so a reader that parses it finds nothing.</summary>
    public const string EmptyBody = "{}";

    /// <summary>What a handled row keeps in <c>user_id</c>: no resident.</summary>
    public const string NoResident = "";

    /// <summary>What a handled message row keeps as its event: that it was a message, not which kind (text, photo, place).</summary>
    public const string HandledMessage = "user_send";

    // A photo, a file or a place among a run of messages would mark the rows of a report with evidence.
    private static string HandledEventName(string eventName) =>
        eventName.StartsWith("user_send_", StringComparison.Ordinal) ? HandledMessage : eventName;

    private static long ToTheHour(long unixMs) => unixMs - (unixMs % 3_600_000);

    // What every mark that ends a turn leaves of the row (see the class remarks); rounding received_at down keeps the
    // retention sweep's order.
    private const string Handled = $"""
        user_id = '{NoResident}', body = '{EmptyBody}', received_at = received_at - received_at % 3600000,
        event_name = CASE WHEN event_name LIKE 'user\_send\_%' ESCAPE '\' THEN '{HandledMessage}' ELSE event_name END
        """;

    /// <summary>How a deduplication key is stored: its SHA-256, lower-case hex.</summary>
    public static string StoredKey(string dedupKey) => Migrator.Sha256Hex(dedupKey);

    private const string SelectPending = """
        SELECT id, oa_id AS OaId, user_id AS UserId, event_name AS EventName, body, received_at AS ReceivedAt, attempts
        FROM inbox_messages
        WHERE status = 'pending' AND id > @afterId
        ORDER BY id
        LIMIT @limit
        """;

    /// <summary>Pending envelopes after <paramref name="afterId"/>, oldest first.</summary>
    public IReadOnlyList<InboxMessage> ReadPendingIncoming(long afterId, int limit)
    {
        using var connection = connections.Open();
        return connection.Query<InboxMessage>(SelectPending, new { afterId, limit }).AsList();
    }

    // No handled_at: to the millisecond, beside the times of the transcript, it would place each turn.
    private const string UpdateHandled = $"""
        UPDATE inbox_messages
        SET status = 'done', attempts = attempts + 1, {Handled}
        WHERE id = @id
        """;

    /// <summary>Part of a turn's transaction: the envelope is done exactly when the turn's effects are saved.</summary>
    public static void MarkIncomingHandled(SqliteConnection connection, SqliteTransaction transaction, long id) =>
        connection.ExecutePrepared(transaction, UpdateHandled, ("id", id));

    private const string UpdateFailed = """
        UPDATE inbox_messages
        SET status = 'failed', handled_at = @handledAt, attempts = @attempts, error = @error, body = '{}'
        WHERE id = @id
        """;

    private const string UpdateFailedPrivately = $"""
        UPDATE inbox_messages
        SET status = 'failed', attempts = @attempts, error = @error, {Handled}
        WHERE id = @id
        """;

    /// <summary>Parks the envelope for good: nothing runs it again, so its words go with the mark.</summary>
    /// <param name="privately">
    /// The turn belonged to a private flow: the row keeps no more than a handled one does, so it names nobody.
    /// </param>
    public void MarkIncomingFailed(SqliteConnection connection, SqliteTransaction transaction, long id, long attempts, string error, bool privately = false) =>
        connection.Execute(privately ? UpdateFailedPrivately : UpdateFailed,
            new { id, attempts, error, handledAt = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);

    private const string UpdateThrottled = $"""
        UPDATE inbox_messages
        SET status = 'throttled', {Handled}
        WHERE id = @id
        """;

    /// <summary>The envelope came past its resident's rate: handled without a turn, kept as a handled row is.</summary>
    public static void MarkIncomingThrottled(SqliteConnection connection, SqliteTransaction transaction, long id) =>
        connection.ExecutePrepared(transaction, UpdateThrottled, ("id", id));

    // The bound is the first row received at or after the cutoff (or the newest row): rows are scanned in id order up to
    // it, so a sweep reads only what it may delete, and the newest row always stays. Without it SQLite would give the
    // next event the id of a deleted newest row, and the outbox keys replies by inbox id ("turn:{id}:…").
    // Service events stay: their key is what raises each of them once.
    private const string DeleteHandled = """
        DELETE FROM inbox_messages
        WHERE id IN (
            SELECT id FROM inbox_messages
            WHERE id < coalesce((SELECT id FROM inbox_messages WHERE received_at >= @cutoff ORDER BY id LIMIT 1),
                                (SELECT max(id) FROM inbox_messages))
              AND received_at < @cutoff
              AND status IN ('done', 'ignored', 'stale', 'throttled')
              AND event_name <> @serviceEvent
            ORDER BY id
            LIMIT @max
        )
        """;

    /// <summary>
    /// Deletes up to <paramref name="max"/> handled webhook events received before <paramref name="cutoff"/>, and with
    /// them their deduplication keys; returns how many went. Pending and failed rows stay.
    /// </summary>
    public static int DeleteHandledBefore(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset cutoff, int max) =>
        connection.Execute(DeleteHandled, new { cutoff = cutoff.ToUnixTimeMilliseconds(), max, serviceEvent = ServiceEvents.InboxEventName }, transaction);

    /// <summary>Empties a row's body: what a private flow's resident wrote is kept only where that flow sealed it.</summary>
    public static void ForgetBody(SqliteConnection connection, SqliteTransaction transaction, long id) =>
        connection.ExecutePrepared(transaction, "UPDATE inbox_messages SET body = '{}' WHERE id = @id", ("id", id));
}
