namespace ChatAssistant.Conversations;

/// <summary>Where a private flow began: its first inbox row and the time, from which its traces are found again.</summary>
public sealed record FlowMark(long InboxId, long StartedAt);
