namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>Between turns: the go, the resident's own reports while they pick, then only the report's id.</summary>
internal sealed class FollowUpProgress
{
    public int Attempt { get; set; } = 1;

    public List<long>? Mine { get; set; }

    /// <summary>While an answer is awaited: which report and question (<see cref="AwaitedAnswer"/>), sealed.</summary>
    public byte[]? Awaiting { get; set; }
}
