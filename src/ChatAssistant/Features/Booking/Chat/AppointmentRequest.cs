using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>What a resident asked of their booking in so many words: <see cref="MyAppointmentsDialog.Cancel"/> or
/// <see cref="MyAppointmentsDialog.Reschedule"/>, with the new day, time or part of the day when they named one ("đổi sang
/// thứ 6", "sang buổi chiều"), and the service when they named the booking by it ("hủy lịch đăng ký tạm trú").</summary>
public sealed record AppointmentRequest(string? Action, DateOnly? Day = null, TimeOnly? Time = null, PartOfDay? PartOfDay = null, string? ServiceId = null);
