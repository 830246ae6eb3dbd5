namespace ChatAssistant.Transcripts;

/// <summary>Who wrote a transcript line; the values the <c>transcript_entries.direction</c> check allows.</summary>
public static class TranscriptDirections
{
    public const string In = "in";
    public const string Out = "out";
    public const string Officer = "officer";

    public static bool IsKnown(string direction) => direction is In or Out or Officer;
}
