namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>The question a resident was shown and may now answer: kept sealed in the conversation state.</summary>
internal sealed record AwaitedAnswer(long ReportId, long QuestionId, bool Anonymous);
