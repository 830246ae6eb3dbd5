namespace ChatAssistant.Transcripts;

/// <summary>The <c>Transcripts</c> section: how long conversations are kept for officers.</summary>
public sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";

    /// <summary>Lines older than this are deleted; keeping less is keeping less personal data.</summary>
    public int RetentionDays { get; set; } = 90;
}
