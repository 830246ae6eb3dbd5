namespace ChatAssistant.Host.Procedures;

/// <summary>One match of a search, scored from 0 to 1.</summary>
public sealed record SearchAnswerItem(string Id, string Name, double Score);
