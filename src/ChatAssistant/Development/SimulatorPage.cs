namespace ChatAssistant.Development;

/// <summary>One page of simulator history.</summary>
public sealed record SimulatorPage(IReadOnlyList<SimulatorItem> Messages, string Cursor);
