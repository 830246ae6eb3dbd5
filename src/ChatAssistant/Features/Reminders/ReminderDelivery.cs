namespace ChatAssistant.Features.Reminders;

/// <summary>One recorded reminder outcome.</summary>
public sealed record ReminderDelivery(
    long Id,
    string OaId,
    long AppointmentId,
    string? AppointmentCode,
    DateTimeOffset? AppointmentStart,
    string Rule,
    ReminderChannel Channel,
    ReminderStatus Status,
    string Reason,
    DateTimeOffset DueAt,
    DateTimeOffset DoneAt);
