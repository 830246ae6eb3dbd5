namespace ChatAssistant.Features.Procedures;

/// <summary>A group of procedures residents browse by (identity card, residence, vehicles, ...).</summary>
public sealed record ProcedureField(string Id, string Name, IReadOnlyList<Procedure> Procedures);
