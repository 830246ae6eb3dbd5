using ChatAssistant.Features.Booking;

namespace ChatAssistant.Features.Reminders;

/// <summary>What a firing reminder knows: the appointment as it stands now and the resident's last contact.</summary>
/// <param name="Appointment">Null when the booking no longer exists.</param>
/// <param name="DueAt">When the reminder was scheduled for, from the appointment's start at booking time.</param>
/// <param name="Following">Whether the resident follows the OA; null when unknown.</param>
/// <param name="LastInteractionAt">The resident's last message or follow; null when never.</param>
public sealed record ReminderFacts(
    Appointment? Appointment,
    ReminderRule Rule,
    DateTimeOffset DueAt,
    bool? Following,
    DateTimeOffset? LastInteractionAt);
