namespace ChatAssistant.Webhooks;

/// <summary>The <c>Webhooks</c> section: which events are fresh enough to answer, and how long their keys are kept.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>
    /// An event whose signed timestamp is older than this is stored as stale and never answered: a reply hours late
    /// confuses more than it helps, and a captured event replayed later starts no turn.
    /// </summary>
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far ahead of this machine's clock a timestamp may be (Zalo's clock and ours disagree a little).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a handled event's row, and with it its deduplication key, is kept. At least
    /// <see cref="MaxEventAge"/> + <see cref="MaxClockSkew"/>: an event delivered again while it is still fresh must
    /// find its key, or it would be answered twice.
    /// </summary>
    public TimeSpan DedupWindow { get; set; } = TimeSpan.FromDays(7);
}
