namespace ChatAssistant.Features.Reminders;

/// <summary>A reminder to fire again: after the ZNS quiet hours, or to retry a ZNS send (or a run) that failed for a passing reason.</summary>
public sealed record ReminderFollowUp(DateTimeOffset At, int Attempt);
