namespace ChatAssistant.Features.Procedures.Search;

/// <summary>The procedures fitting <see cref="Query"/>, best first.</summary>
public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits, SearchConfidence Confidence);
