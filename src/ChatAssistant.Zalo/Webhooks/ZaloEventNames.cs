namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Which webhook events the service acts on; the rest are stored and acknowledged only.</summary>
public static class ZaloEventNames
{
    public static bool IsKnown(string? eventName) => EventFamilies.Of(eventName) != EventFamily.Other;

    /// <summary>Messages (sent, anonymous, echoed) carry a <c>msg_id</c> that a redelivery repeats.</summary>
    public static bool CarriesMessageId(string? eventName) =>
        EventFamilies.Of(eventName) is EventFamily.UserMessage or EventFamily.AnonymousMessage or EventFamily.OaEcho;

    /// <summary>
    /// Events about messages already sent: Zalo's echo of what the account sent (words and all), and receipts and
    /// reactions (message ids). The service acts on none of them.
    /// </summary>
    public static bool IsAboutSentMessages(string? eventName) =>
        EventFamilies.Of(eventName) is EventFamily.OaEcho or EventFamily.Receipt or EventFamily.OaReaction or EventFamily.UserReaction;
}
