namespace ChatAssistant.Messaging.Outbox;

/// <summary>
/// Told when an outgoing message has failed for good (after it was recorded as failed), so the feature that queued
/// it can try another way: a reminder the OA could not deliver goes by ZNS instead.
/// </summary>
public interface IOutboxFailures
{
    Task OutgoingFailedAsync(OutboxMessage message, int? errorCode, CancellationToken cancellationToken);
}
