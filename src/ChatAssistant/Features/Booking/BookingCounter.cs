namespace ChatAssistant.Features.Booking;

/// <summary>A counter of the office; each service is received at one counter, which calls its queue.</summary>
public sealed record BookingCounter(string Id, string Name);
