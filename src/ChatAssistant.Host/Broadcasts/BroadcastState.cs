namespace ChatAssistant.Host.Broadcasts;

/// <summary>A notice's id and its status after an action.</summary>
public sealed record BroadcastState(long Id, string Status);
