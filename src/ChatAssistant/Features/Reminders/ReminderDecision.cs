namespace ChatAssistant.Features.Reminders;

/// <summary>A reminder's fate, with the reason officers read.</summary>
/// <param name="At">For <see cref="ReminderAction.SendZnsLater"/>: when to try.</param>
public sealed record ReminderDecision(ReminderAction Action, string Reason, DateTimeOffset? At = null)
{
    public ReminderChannel Channel => Action switch
    {
        ReminderAction.SendOa => ReminderChannel.Oa,
        ReminderAction.SendZns or ReminderAction.SendZnsLater => ReminderChannel.Zns,
        _ => ReminderChannel.None,
    };
}
