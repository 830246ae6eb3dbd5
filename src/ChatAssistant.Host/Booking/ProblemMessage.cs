namespace ChatAssistant.Host.Booking;

/// <summary>A refusal officers' tools can tell apart by <paramref name="Code"/>.</summary>
public sealed record ProblemMessage(string Code, string Message);
