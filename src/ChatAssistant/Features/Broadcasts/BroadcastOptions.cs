namespace ChatAssistant.Features.Broadcasts;

/// <summary>The <c>Broadcasts</c> section: how fast notices go out, when they wait, and which accounts need approval.</summary>
public sealed class BroadcastOptions
{
    public const string SectionName = "Broadcasts";

    /// <summary>Notice messages per minute per account; Zalo's reported limit is 4,000 requests per minute per app.</summary>
    public int MessagesPerMinute { get; set; } = 4000;

    /// <summary>Per-account rates (OA id → messages per minute) that replace <see cref="MessagesPerMinute"/>.</summary>
    public Dictionary<string, int> MessagesPerMinuteByAccount { get; set; } = [];

    /// <summary>Accounts whose notices a leader must approve before they can be sent; none by default.</summary>
    public List<string> RequireApproval { get; set; } = [];

    /// <summary>How often the sender feeds the outbox and reads outcomes back.</summary>
    public TimeSpan FeedInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// At most this much sending (at the account's rate) waits in the outbox at once. Interactive replies share the
    /// outbox and the account's rate limit: a notice fed all at once would put them behind 100,000 messages.
    /// </summary>
    public TimeSpan Lookahead { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The same bound in messages, per account: at a rate above what the machine sends, <see cref="Lookahead"/> at the
    /// configured rate would be many seconds of real sending (and one long write).
    /// </summary>
    public int MaxQueued { get; set; } = 2000;

    /// <summary>Non-urgent notices are held from this Vietnamese time…</summary>
    public TimeSpan QuietHoursStart { get; set; } = TimeSpan.FromHours(22);

    /// <summary>…until this one.</summary>
    public TimeSpan QuietHoursEnd { get; set; } = TimeSpan.FromHours(6);

    public int RateFor(string oaId) =>
        MessagesPerMinuteByAccount.TryGetValue(oaId, out var rate) && rate > 0 ? rate : MessagesPerMinute;

    public bool RequiresApproval(string oaId) => RequireApproval.Contains(oaId, StringComparer.Ordinal);
}
