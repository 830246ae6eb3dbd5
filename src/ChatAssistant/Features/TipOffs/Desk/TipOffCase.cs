namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>One report opened by an officer: its words, who works it, its timeline and its evidence.</summary>
public sealed record TipOffCase(
    TipOff Report,
    long? AssignedOfficerId,
    IReadOnlyList<TipOffNote> Timeline,
    IReadOnlyList<TipOffEvidenceItem> Evidence);
