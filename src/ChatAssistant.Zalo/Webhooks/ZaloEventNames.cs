namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Which webhook events the service acts on; the rest are stored and acknowledged only.</summary>
public static class ZaloEventNames
{
    public static bool IsKnown(string? eventName) => EventFamilies.Of(eventName) != EventFamily.Other;

    /// <summary>Messages (sent, anonymous, echoed) carry a <c>msg_id</c> that a redelivery repeats.</summary>
    public static bool CarriesMessageId(string? eventName) =>
        EventFamilies.Of(eventName) is EventFamily.UserMessage or EventFamily.AnonymousMessage or EventFamily.OaEcho;
}
