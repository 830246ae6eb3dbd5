namespace ChatAssistant.Features.Dossiers;

/// <summary>One accepted row of an imported list, checked and normalized, ready to be stored.</summary>
/// <param name="CodeKey">The code as compared (<see cref="DossierCode.Normalize"/>).</param>
/// <param name="Code">The code as the list shows it, trimmed.</param>
/// <param name="PhoneTag">What is stored of the phone number the list gave (<see cref="DossierPhoneCheck"/>); null without one.</param>
public sealed record DossierEntry(
    string CodeKey,
    string Code,
    string Procedure,
    string? ProcedureId,
    string Status,
    DateOnly StatusDate,
    string? Note,
    byte[]? PhoneTag = null);
