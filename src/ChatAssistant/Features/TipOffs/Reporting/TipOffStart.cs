namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>How a report begins when the resident already told part of it: the category named, and their first message,
/// sealed (<see cref="DraftSeal"/>), kept as the first part of the story with their consent.</summary>
public sealed record TipOffStart(string? Category, byte[]? SealedFirstPart);
