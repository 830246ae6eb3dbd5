using System.Text.Json.Serialization;

namespace ChatAssistant.Features.Dossiers;

/// <summary>A dossier's result as the office's list last gave it, for one account.</summary>
/// <param name="Code">As the list shows it (and the receipt); compare with <see cref="DossierCode.Normalize"/>.</param>
/// <param name="Procedure">The procedure as the list names it.</param>
/// <param name="ProcedureId">The catalogue's id when the list's procedure matched an entry of it.</param>
/// <param name="Status">One of <see cref="DossierStatus"/>.</param>
/// <param name="StatusDate">The date the office gave with the status.</param>
/// <param name="Note">The office's note to the resident (<c>ghi_chu</c>); may hold personal data, so it is never logged.</param>
/// <param name="PhoneTag">
/// Set when the list gave a phone number: the tag of its last digits (<see cref="DossierPhoneCheck"/>), asked for before the
/// result is shown. Never shown, never sent to officers either.
/// </param>
public sealed record Dossier(
    string OaId,
    string Code,
    string Procedure,
    string? ProcedureId,
    string Status,
    DateOnly StatusDate,
    string? Note,
    DateTimeOffset ImportedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore] byte[]? PhoneTag = null);
