namespace ChatAssistant.Messaging.Outbox;

/// <summary>An outgoing envelope: one message to one resident, with its delivery record.</summary>
/// <remarks>Numbers are <c>long</c> because SQLite hands every integer back as one.</remarks>
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
    long ResentAfterCrash);
