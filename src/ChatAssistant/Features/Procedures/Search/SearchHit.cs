namespace ChatAssistant.Features.Procedures.Search;

/// <summary>A procedure that fits the question, with a score from 0 to 1.</summary>
public sealed record SearchHit(Procedure Procedure, double Score);
