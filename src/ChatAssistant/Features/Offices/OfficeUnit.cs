namespace ChatAssistant.Features.Offices;

/// <summary>The police unit behind one Official Account and the offices where it receives residents.</summary>
public sealed record OfficeUnit(string OaId, string Name, IReadOnlyList<Office> Offices);
