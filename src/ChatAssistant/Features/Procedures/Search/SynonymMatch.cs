namespace ChatAssistant.Features.Procedures.Search;

/// <summary>A synonym key found at <see cref="Start"/> over <see cref="Length"/> syllables.</summary>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string> Values);
