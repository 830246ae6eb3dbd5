namespace ChatAssistant.Messaging.Inbox;

/// <summary>An incoming envelope: one webhook event as Zalo delivered it, waiting for or past its turn.</summary>
public sealed record InboxMessage(long Id, string OaId, string UserId, string EventName, string Body, long ReceivedAt, long Attempts);
