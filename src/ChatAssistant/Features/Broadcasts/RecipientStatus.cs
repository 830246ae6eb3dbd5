namespace ChatAssistant.Features.Broadcasts;

/// <summary>Values of <c>broadcast_recipients.status</c> and the reasons a row fails or is skipped.</summary>
public static class RecipientStatus
{
    public const string Pending = "pending";
    /// <summary>Its message is in the outbox (same transaction), waiting for the outbox sender.</summary>
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    public const string OutOfWindow = "out-of-window";
    public const string Unfollowed = "unfollowed";
    public const string NoticesOff = "notices-off";
    public const string Cancelled = "cancelled";
}
