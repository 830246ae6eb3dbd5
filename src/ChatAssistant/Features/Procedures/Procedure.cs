namespace ChatAssistant.Features.Procedures;

/// <summary>One administrative procedure as the catalogue in dialogs/procedures/ describes it.</summary>
public sealed record Procedure(
    string Id,
    string? Code,
    string Name,
    string FieldId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Situations,
    string Who,
    IReadOnlyList<ProcedureDocument> Documents,
    ProcedureFee Fee,
    string TimeLimit,
    IReadOnlyList<string> Where,
    OnlineFiling? Online,
    bool Bookable,
    IReadOnlyList<string> LegalBasis,
    DateOnly CheckedOn,
    string? Notes);
