namespace ChatAssistant.Features.Broadcasts;

/// <summary>Values of <c>broadcasts.status</c>.</summary>
/// <remarks>draft → (approved) → scheduled → sending ⇄ paused → sent; any of them but sent → cancelled.</remarks>
public static class BroadcastStatus
{
    public const string Draft = "draft";
    public const string Approved = "approved";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Paused = "paused";
    public const string Cancelled = "cancelled";
    public const string Sent = "sent";

    /// <summary>Not finished yet: what a cancel may still stop and the dashboard counts as in progress.</summary>
    public static IReadOnlyList<string> Open { get; } = [Draft, Approved, Scheduled, Sending, Paused];
}
