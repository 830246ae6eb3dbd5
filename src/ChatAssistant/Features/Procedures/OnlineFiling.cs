namespace ChatAssistant.Features.Procedures;

/// <summary>Where the procedure can be filed online.</summary>
public sealed record OnlineFiling(Uri Url, string? Note);
