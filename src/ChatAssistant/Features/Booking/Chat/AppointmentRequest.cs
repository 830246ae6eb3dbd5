namespace ChatAssistant.Features.Booking.Chat;

/// <summary>What a resident asked of their booking in so many words: <see cref="MyAppointmentsDialog.Cancel"/> or
/// <see cref="MyAppointmentsDialog.Reschedule"/>, with the new day when they named one ("đổi sang thứ 6").</summary>
public sealed record AppointmentRequest(string? Action, DateOnly? Day = null);
