namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Which webhook events the service acts on; the rest are stored and acknowledged only.</summary>
public static class ZaloEventNames
{
    public static bool IsKnown(string? eventName) => EventFamilies.Of(eventName) != EventFamily.Other;
}
