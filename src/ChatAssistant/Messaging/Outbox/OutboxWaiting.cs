namespace ChatAssistant.Messaging.Outbox;

/// <summary>Messages not yet delivered (pending or being sent), and when the oldest of them was written.</summary>
public sealed record OutboxWaiting(long Count, DateTimeOffset? OldestCreatedAt);
