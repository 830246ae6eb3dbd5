namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>A report being written, kept sealed in the conversation state between messages (<see cref="DraftSeal"/>).</summary>
public sealed class TipOffDraft
{
    public string? Category { get; set; }

    /// <summary>The resident's messages about what happened, in order.</summary>
    public List<string> Story { get; set; } = [];

    public List<EvidenceSource> Media { get; set; } = [];

    /// <summary>When, in the resident's own words ("tối qua khoảng 9h"); kept in the text for officers.</summary>
    public string? WhenWords { get; set; }

    /// <summary>When, as understood; null when the words gave no day or time.</summary>
    public DateTimeOffset? OccurredAt { get; set; }

    /// <summary><see cref="OccurredAt"/> is the moment the resident answered ("đang", "vừa"), not a time they stated.</summary>
    public bool OccurredAtFromClock { get; set; }

    /// <summary>Where: a typed address, or a shared point written out with its coordinates.</summary>
    public string? Place { get; set; }

    public bool? Anonymous { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public int StoryLength => Story.Sum(part => part.Length);
}
