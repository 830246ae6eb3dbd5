using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>How a booking conversation begins: with what is already known (the service from a procedure answer; the
/// day, time or part of the day from the request), or a reschedule of an existing booking, or from nothing.</summary>
public sealed record BookingStart(
    string? ServiceId = null,
    string? RescheduleCode = null,
    DateOnly? Day = null,
    TimeOnly? Time = null,
    PartOfDay? PartOfDay = null,
    string? Phone = null,
    bool PhoneAnswered = false,
    bool Corrected = false);
