namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>The <c>TipOffs:FollowUp</c> section: how many wrong receipt codes a resident may try.</summary>
public sealed class TipOffFollowUpOptions
{
    public const string SectionName = "TipOffs:FollowUp";

    /// <summary>Wrong codes per resident per hour before they are asked to wait: codes are guessable only by brute force.</summary>
    public int MaxWrongCodesPerHour { get; set; } = 5;
}
