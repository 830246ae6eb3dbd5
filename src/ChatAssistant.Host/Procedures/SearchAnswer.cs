namespace ChatAssistant.Host.Procedures;

/// <summary>The search answer: only matches above the confidence floor, so an out-of-scope question gets none.</summary>
public sealed record SearchAnswer(string Query, IReadOnlyList<SearchAnswerItem> Results);
