namespace ChatAssistant.Messaging.Inbox;

/// <summary>Values of <c>inbox_messages.status</c>.</summary>
public static class InboxStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    /// <summary>The turn kept failing; parked with its error for an operator to look at.</summary>
    public const string Failed = "failed";
    /// <summary>Stored and acknowledged but never dispatched (unknown event, unconfigured OA).</summary>
    public const string Ignored = "ignored";
    /// <summary>Signed too long ago (or too far ahead): acknowledged so Zalo stops retrying, kept for an operator, never answered.</summary>
    public const string Stale = "stale";
    /// <summary>Came while its resident was past <c>Messaging:MaxMessagesPerResidentPerMinute</c>: handled without a turn of its own.</summary>
    public const string Throttled = "throttled";
}
