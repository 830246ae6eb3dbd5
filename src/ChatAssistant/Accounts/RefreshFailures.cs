namespace ChatAssistant.Accounts;

/// <summary>An account whose token refreshes have failed since its last success: how many in a row, the latest error and when.</summary>
public sealed record RefreshFailures(int InARow, string Error, DateTimeOffset LastAt);
