using System.Security.Cryptography;
using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Storage;
using ChatAssistant.Zalo.Api;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Messaging.Outbox;

/// <summary>The outbox table: outgoing envelopes appended inside the turn's transaction, then delivered and marked.</summary>
public sealed class MessageOutbox(SqliteWriter writer, SqliteConnectionFactory connections, TimeProvider clock, WalTrim? wal = null)
{
    /// <summary>Tells the sender that new envelopes are waiting.</summary>
    public WakeSignal Appended { get; } = new();

    private const string InsertOutgoing = """
        INSERT INTO outbox_messages (oa_id, user_id, idempotency_key, kind, body, created_at, status, next_attempt_at, redact_after_send, expires_at)
        VALUES (@oaId, @userId, @key, @kind, @body, @now, 'pending', @now, @redaction, @expiresAt)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    /// <summary>
    /// Appends the messages inside the caller's transaction. Long texts become several rows, split
    /// here rather than at send time so that each part is delivered, retried and recorded on its own.
    /// Call <see cref="WakeSignal.Notify"/> on <see cref="Appended"/> once the transaction is committed.
    /// </summary>
    /// <param name="source">
    /// Names what produced the messages (e.g. <c>reminder:42:day-before</c>); keys derive from it: the source with the
    /// message's place, or with a random suffix for a row that forgets its resident.
    /// </param>
    /// <param name="redaction">What the row forgets once delivered or given up on.</param>
    /// <param name="expiresAt">
    /// When the rows are given up if Zalo has not taken them by then; null: <see cref="MessagingOptions.SendExpiry"/> after now.
    /// </param>
    public void AppendOutgoing(
        SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, string source, IEnumerable<OutboundMessage> messages,
        OutboxRedaction redaction = OutboxRedaction.None, DateTimeOffset? expiresAt = null)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var expires = expiresAt?.ToUnixTimeMilliseconds();
        var index = 0;
        foreach (var message in messages)
        {
            var parts = message.Kind == OutboundMessageKind.Text
                ? MessageSplitter.Split(message.Text).Select(text => message with { Text = text })
                : [message];
            var part = 0;
            foreach (var row in parts)
            {
                connection.ExecutePrepared(transaction, InsertOutgoing,
                    ("oaId", oaId),
                    ("userId", userId),
                    ("key", redaction >= OutboxRedaction.BodyAndResident ? OpaqueKey(source) : $"{source}:{index}.{part}"),
                    ("kind", row.Kind.ToString()),
                    ("body", JsonSerializer.Serialize(row, OutboundJson.Default.OutboundMessage)),
                    ("now", now),
                    ("redaction", (int)redaction),
                    ("expiresAt", expires));
                part++;
            }
            index++;
        }
    }

    /// <summary>
    /// A key that says nothing of the row's place: a row that forgets its resident must not keep a number that orders
    /// it among a resident's rows (an inbox id) nor one shared with the other replies of its turn. Unique all the same;
    /// such rows are appended with the inbox mark in one transaction, so a retried commit cannot append them twice.
    /// </summary>
    private static string OpaqueKey(string source) => $"{source}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";

    /// <summary>Appends in a transaction of its own, for proactive messages that change no other state.</summary>
    public async Task AppendOutgoingAsync(string oaId, string userId, string source, IReadOnlyList<OutboundMessage> messages)
    {
        await writer.WriteAsync((connection, transaction) =>
            AppendOutgoing(connection, transaction, oaId, userId, source, messages)).ConfigureAwait(false);
        Appended.Notify();
    }

    public static OutboundMessage ReadBody(OutboxMessage row) =>
        JsonSerializer.Deserialize(row.Body, OutboundJson.Default.OutboundMessage)
        ?? throw new InvalidDataException($"Outbox row {row.Id} has an empty body.");

    private const string SelectOpen = """
        SELECT id, oa_id AS OaId, user_id AS UserId, idempotency_key AS IdempotencyKey, kind, body, status, attempts,
               next_attempt_at AS NextAttemptAt, resent_after_crash AS ResentAfterCrash, created_at AS CreatedAt,
               error_code AS ErrorCode, error_message AS ErrorMessage, expires_at AS ExpiresAt, redact_after_send AS RedactAfterSend
        FROM outbox_messages
        WHERE status IN ('pending', 'sending') AND id > @afterId
        ORDER BY id
        LIMIT @limit
        """;

    /// <summary>Rows not yet delivered after <paramref name="afterId"/>, oldest first.</summary>
    public IReadOnlyList<OutboxMessage> ReadOpenOutgoing(long afterId, int limit)
    {
        using var connection = connections.Open();
        return connection.Query<OutboxMessage>(SelectOpen, new { afterId, limit }).AsList();
    }

    private const string UpdateSending = """
        UPDATE outbox_messages
        SET status = 'sending', attempts = attempts + 1, last_attempt_at = @now,
            resent_after_crash = resent_after_crash OR status = 'sending'
        WHERE id = @id AND status IN ('pending', 'sending')
        """;

    /// <summary>Records that the row is about to go out, so that a crash before the answer is visible afterwards.</summary>
    /// <returns>False when the row is no longer open: it was withdrawn (a cancelled notice) after the sender read it.</returns>
    public async Task<bool> MarkOutgoingSendingAsync(long id) =>
        await writer.WriteAsync((connection, transaction) =>
            connection.ExecutePrepared(transaction, UpdateSending, ("id", id), ("now", clock.GetUtcNow().ToUnixTimeMilliseconds()))).ConfigureAwait(false) == 1;

    // A row marked for redaction forgets, as it is delivered, its words and, from BodyAndResident on, its resident and
    // exact times; given up, an ordinary reply (AllOnceDelivered) keeps them for operators.
    private const string ForgetOnDelivery = $$"""
        body = CASE WHEN redact_after_send > 0 THEN '{}' ELSE body END,
        user_id = CASE WHEN redact_after_send > 1 THEN '{{ForgottenResident}}' ELSE user_id END,
        created_at = CASE WHEN redact_after_send > 1 THEN created_at - created_at % 3600000 ELSE created_at END,
        next_attempt_at = CASE WHEN redact_after_send > 1 THEN next_attempt_at - next_attempt_at % 3600000 ELSE next_attempt_at END,
        last_attempt_at = CASE WHEN redact_after_send > 1 THEN last_attempt_at - last_attempt_at % 3600000 ELSE last_attempt_at END,
        expires_at = CASE WHEN redact_after_send > 1 THEN expires_at - expires_at % 3600000 ELSE expires_at END
        """;

    private const string ForgetOnGivingUp = $$"""
        body = CASE WHEN redact_after_send IN (1, 2) THEN '{}' ELSE body END,
        user_id = CASE WHEN redact_after_send = 2 THEN '{{ForgottenResident}}' ELSE user_id END,
        created_at = CASE WHEN redact_after_send = 2 THEN created_at - created_at % 3600000 ELSE created_at END,
        next_attempt_at = CASE WHEN redact_after_send = 2 THEN next_attempt_at - next_attempt_at % 3600000 ELSE next_attempt_at END,
        last_attempt_at = CASE WHEN redact_after_send = 2 THEN last_attempt_at - last_attempt_at % 3600000 ELSE last_attempt_at END,
        expires_at = CASE WHEN redact_after_send = 2 THEN expires_at - expires_at % 3600000 ELSE expires_at END
        """;

    /// <summary>What a row that must not name its resident keeps in <c>user_id</c>.</summary>
    public const string ForgottenResident = "(forgotten)";

    private const string UpdateSent = $"""
        UPDATE outbox_messages
        SET status = 'sent', error_code = NULL, error_message = NULL,
            sent_at = CASE WHEN redact_after_send > 1 THEN @now - @now % 3600000 ELSE @now END,
            -- Zalo's id for the message would join it to receipts and echoes naming the resident.
            channel_message_id = CASE WHEN redact_after_send > 1 THEN NULL ELSE @channelMessageId END,
            {ForgetOnDelivery},
            -- Delivered, an ordinary reply keeps the mark a private flow's reply has: closed rows do not say which was which.
            redact_after_send = CASE WHEN redact_after_send = 3 THEN 2 ELSE redact_after_send END
        WHERE id = @id
        """;

    /// <param name="redaction">The row's <c>redact_after_send</c> as read to send it; unknown (null), the WAL is trimmed to be safe.</param>
    public async Task MarkOutgoingSentAsync(long id, string? channelMessageId, OutboxRedaction? redaction = null)
    {
        // Prepared, as before the redaction was added: this runs for every message sent.
        await writer.WriteAsync((connection, transaction) => connection.ExecutePrepared(transaction, UpdateSent,
            ("id", id), ("channelMessageId", channelMessageId), ("now", clock.GetUtcNow().ToUnixTimeMilliseconds()))).ConfigureAwait(false);
        TrimIfForgotten(redaction is { } known ? (long)known : (long)OutboxRedaction.Body);
    }

    /// <summary>
    /// A private row that just forgot its words leaves them in the WAL's older page images: have the WAL trimmed. An
    /// ordinary reply's words are in the transcript anyway, and trimming after each would cost every message a checkpoint.
    /// </summary>
    private void TrimIfForgotten(long? redaction)
    {
        if (redaction is (long)OutboxRedaction.Body or (long)OutboxRedaction.BodyAndResident)
        {
            wal?.Request();
        }
    }

    private const string UpdateRetry = """
        UPDATE outbox_messages
        SET status = 'pending', next_attempt_at = @nextAttemptAt, error_code = @errorCode, error_message = @errorMessage
        WHERE id = @id
        """;

    public Task ScheduleOutgoingRetryAsync(long id, DateTimeOffset nextAttemptAt, int? errorCode, string? errorMessage) =>
        writer.WriteAsync((connection, transaction) =>
            connection.Execute(UpdateRetry, new { id, nextAttemptAt = nextAttemptAt.ToUnixTimeMilliseconds(), errorCode, errorMessage }, transaction));

    private const string UpdateFailed = $"""
        UPDATE outbox_messages
        SET status = 'failed', error_code = @errorCode, error_message = @errorMessage,
            {ForgetOnGivingUp}
        WHERE id = @id
        RETURNING redact_after_send
        """;

    public async Task MarkOutgoingFailedAsync(long id, int? errorCode, string errorMessage)
    {
        var redaction = await writer.WriteAsync((connection, transaction) =>
            connection.ExecuteScalar<long?>(UpdateFailed, new { id, errorCode, errorMessage }, transaction)).ConfigureAwait(false);
        TrimIfForgotten(redaction);
    }
}
