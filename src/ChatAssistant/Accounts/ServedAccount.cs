namespace ChatAssistant.Accounts;

/// <summary>An official account this deployment answers for.</summary>
public sealed record ServedAccount(string OaId, string Name);
