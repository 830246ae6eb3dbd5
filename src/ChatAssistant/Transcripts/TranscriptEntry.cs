namespace ChatAssistant.Transcripts;

/// <summary>One line of a conversation as officers read it, already redacted.</summary>
/// <param name="Direction"><c>in</c> (the resident), <c>out</c> (the bot) or <c>officer</c>.</param>
/// <param name="OfficerId">The officer who wrote an <c>officer</c> line; null for the bootstrap admin and other lines.</param>
public sealed record TranscriptEntry(long Id, string OaId, string UserId, string Direction, string Text, long? OfficerId, DateTimeOffset At);
