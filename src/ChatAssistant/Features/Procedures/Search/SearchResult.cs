namespace ChatAssistant.Features.Procedures.Search;

/// <summary>The procedures fitting <see cref="Query"/>, best first.</summary>
/// <param name="Named">The question spells out the first hit's name or an alias, or a synonym of one ("passport").</param>
public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits, SearchConfidence Confidence, bool Named = false);
