namespace ChatAssistant.Host.Officers;

/// <summary>The answer to creating an officer: the key, shown this once.</summary>
public sealed record IssuedKey(long Id, string Key);
