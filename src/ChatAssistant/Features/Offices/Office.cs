namespace ChatAssistant.Features.Offices;

/// <summary>A place residents go: a unit's headquarters, a reception point, or a provincial office.</summary>
/// <param name="Kinds">The office kinds of the procedure catalogue it serves (commune-police, provincial-immigration, ...).</param>
public sealed record Office(
    string Id,
    string Name,
    IReadOnlyList<string> Kinds,
    string Address,
    string Phone,
    IReadOnlyList<OpeningHours> Hours,
    MapPoint Location,
    string? Notes);
