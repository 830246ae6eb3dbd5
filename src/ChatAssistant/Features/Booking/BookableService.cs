namespace ChatAssistant.Features.Booking;

/// <summary>A procedure residents may book a slot for; its id is the procedure's id in the catalogue.</summary>
/// <param name="DurationMinutes">How long the counter takes for one resident; at most the slot length.</param>
/// <param name="TicketPrefix">The letter of its queue tickets (<c>A</c> in <c>A-012</c>), unique within the account.</param>
public sealed record BookableService(string Id, string Name, int DurationMinutes, char TicketPrefix, string CounterId);
