namespace ChatAssistant.Features.Procedures;

/// <summary>What it costs, who is exempt, and whether the figure was confirmed against the law.</summary>
public sealed record ProcedureFee(string Text, IReadOnlyList<string> Exemptions, bool Confirmed);
