namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>What a reporter is shown of their report: no words, only where it stands.</summary>
public sealed record ResidentReport(long Id, string Category, string Status, bool Anonymous, DateTimeOffset SentAt);
