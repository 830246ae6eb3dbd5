namespace ChatAssistant.Host.Officers;

/// <summary>The reply is recorded and queued for delivery; its transcript line has this id.</summary>
public sealed record ReplyAccepted(long TranscriptId);
