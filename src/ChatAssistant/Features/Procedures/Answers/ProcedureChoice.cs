namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>What <see cref="ProcedureChoiceDialog"/> lists: the fields, one field's procedures, or a search's close candidates.</summary>
public sealed record ProcedureChoice(string? FieldId = null, IReadOnlyList<string>? CandidateIds = null);
