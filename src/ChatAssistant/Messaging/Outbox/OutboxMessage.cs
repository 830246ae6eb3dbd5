namespace ChatAssistant.Messaging.Outbox;

/// <summary>An outgoing envelope: one message to one resident, with its delivery record.</summary>
/// <remarks>Numbers are <c>long</c> because SQLite hands every integer back as one; times are unix milliseconds.</remarks>
/// <param name="ErrorCode">What the last attempt met, if it failed (<c>error_code</c>, <c>error_message</c>).</param>
/// <param name="ExpiresAt">When it is given up if still undelivered; null: <see cref="MessagingOptions.SendExpiry"/> after <paramref name="CreatedAt"/>.</param>
/// <param name="RedactAfterSend">What the row forgets once delivered or given up (<see cref="OutboxRedaction"/>).</param>
public sealed record OutboxMessage(
    long Id,
    string OaId,
    string UserId,
    string IdempotencyKey,
    string Kind,
    string Body,
    string Status,
    long Attempts,
    long NextAttemptAt,
    long ResentAfterCrash,
    long CreatedAt = 0,
    long? ErrorCode = null,
    string? ErrorMessage = null,
    long? ExpiresAt = null,
    long RedactAfterSend = 0)
{
    /// <summary>A row read by its first ten columns, as queries written before the delivery record grew read it.</summary>
    public OutboxMessage(
        long id, string oaId, string userId, string idempotencyKey, string kind, string body, string status, long attempts, long nextAttemptAt,
        long resentAfterCrash)
        : this(id, oaId, userId, idempotencyKey, kind, body, status, attempts, nextAttemptAt, resentAfterCrash, 0)
    {
    }
}
