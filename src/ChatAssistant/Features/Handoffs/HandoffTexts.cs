namespace ChatAssistant.Features.Handoffs;

/// <summary>Keys in <c>dialogs/texts.yaml</c> of what residents read when a hand-off ends.</summary>
public static class HandoffTexts
{
    /// <summary>No officer answered in time; the bot answers again.</summary>
    public const string Timeout = "handoff-timeout";

    /// <summary>The officer finished; the bot answers again.</summary>
    public const string Released = "handoff-released";
}
