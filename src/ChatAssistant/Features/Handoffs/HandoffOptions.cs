namespace ChatAssistant.Features.Handoffs;

/// <summary>The <c>Handoffs</c> section: how long a hand-off stays open without an officer's word.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoffs";

    /// <summary>
    /// Counted from the opening or the last officer reply, whichever is later; then the bot takes the
    /// resident back, so nobody waits forever for an officer who went home.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(4);
}
