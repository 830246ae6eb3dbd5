namespace ChatAssistant.Features.Booking;

/// <summary>A closed booking whose resident an officer must phone; for officers' eyes only, never logged.</summary>
public sealed record ClosureCall(string Code, string Ticket, string? Name, string? Phone);
