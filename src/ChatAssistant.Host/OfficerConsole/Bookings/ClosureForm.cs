namespace ChatAssistant.Host.OfficerConsole.Bookings;

/// <summary>The "close a day or a session" form.</summary>
/// <param name="SessionId">Empty for the whole day.</param>
public sealed class ClosureForm
{
    public DateOnly? Day { get; set; }

    public string? SessionId { get; set; }

    public string? Reason { get; set; }
}
