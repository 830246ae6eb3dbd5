using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>What a <see cref="ReportPrompt"/> gathered over several messages: text, media and perhaps a shared point.</summary>
public sealed class ReportParts
{
    public List<string> Story { get; set; } = [];

    /// <summary>How many parts of <see cref="Story"/> were told before the story was asked (the message that began the report).</summary>
    public int ToldBefore { get; set; }

    public List<EvidenceSource> Media { get; set; } = [];

    public GeoLocation? Location { get; set; }

    /// <summary>When it happened, said where the story was asked ("khoảng 10 phút trước" after the story): the next answer.</summary>
    public string? When { get; set; }

    /// <summary>Said ahead at the evidence step ("không có ảnh, cho em ẩn danh"): true anonymous, false named.</summary>
    public bool? Anonymous { get; set; }
}
