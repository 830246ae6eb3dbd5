namespace ChatAssistant.Development;

/// <summary>One bubble of the simulator: <c>in</c> from the resident, <c>out</c> from the bot.</summary>
public sealed record SimulatorItem(
    string Id, string Direction, string Kind, string? Text, string? MediaUrl, string? Title, string? Subtitle, DateTimeOffset At);
