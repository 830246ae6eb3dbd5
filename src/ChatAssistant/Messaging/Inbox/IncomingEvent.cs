namespace ChatAssistant.Messaging.Inbox;

/// <summary>A verified webhook event about to be stored.</summary>
/// <param name="DedupKey">The channel's message id where there is one, else a hash of the body.</param>
/// <param name="Status"><see cref="InboxStatus.Pending"/> to dispatch, <see cref="InboxStatus.Ignored"/> or <see cref="InboxStatus.Stale"/> to keep only.</param>
public sealed record IncomingEvent(string OaId, string UserId, string EventName, string DedupKey, string Body, string Status);
