namespace ChatAssistant.Features.Reminders;

/// <summary>How a reminder reached (or failed to reach) the resident; stored lower case.</summary>
public enum ReminderChannel
{
    Oa,
    Zns,
    None,
}
