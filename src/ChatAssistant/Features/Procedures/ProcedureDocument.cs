namespace ChatAssistant.Features.Procedures;

/// <summary>A paper to bring: its name, form number and copies where they exist.</summary>
public sealed record ProcedureDocument(string Name, string? Form, int? Copies, string? Note);
