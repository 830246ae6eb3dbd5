namespace ChatAssistant.Features.Dossiers;

/// <summary>A row of an imported list that was not stored, and why, in words an officer can act on.</summary>
/// <param name="Line">The line of the file where the row starts; the header is line 1.</param>
/// <param name="Code">The row's code as written, when it has one.</param>
public sealed record DossierRejection(long Line, string? Code, string Reason);
