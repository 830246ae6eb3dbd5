using System.Text.Json;
using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Messaging.Inbox;

/// <summary>
/// Events the service raises on a resident's lane (a survey invitation): stored in the inbox like a webhook event,
/// so they run in the resident's turn order, survive a restart and are never run twice.
/// </summary>
public sealed class ServiceEvents(MessageInbox inbox, TimeProvider clock)
{
    /// <summary>The inbox event name; the dot keeps it apart from every Zalo event name, and webhooks store unknown names as ignored.</summary>
    public const string InboxEventName = "chatassistant.event";

    /// <summary>Raises the event once per <paramref name="onceKey"/>; returns false when it was already raised.</summary>
    public async Task<bool> RaiseAsync(string oaId, string userId, string name, string value, string onceKey)
    {
        var body = JsonSerializer.Serialize(new ServiceEventBody(name, value, clock.GetUtcNow()));
        var id = await inbox.StoreIncomingAsync(new IncomingEvent(oaId, userId, InboxEventName, "service:" + onceKey, body, InboxStatus.Pending))
            .ConfigureAwait(false);
        return id is not null;
    }

    public static bool IsServiceEvent(InboxMessage envelope) => envelope.EventName == InboxEventName;

    public static Activity ToActivity(InboxMessage envelope)
    {
        var body = JsonSerializer.Deserialize<ServiceEventBody>(envelope.Body) ?? throw new FormatException("Empty service event.");
        return new Activity
        {
            Type = ActivityType.Event,
            AccountId = envelope.OaId,
            UserId = envelope.UserId,
            ChannelEventName = InboxEventName,
            Timestamp = body.RaisedAt,
            Name = body.Name,
            Value = body.Value,
        };
    }

    private sealed record ServiceEventBody(string Name, string Value, DateTimeOffset RaisedAt);
}
