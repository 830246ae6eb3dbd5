namespace ChatAssistant.Features.Broadcasts;

/// <summary>Followers a target matches, and how many of them a free message cannot reach (out of the 7-day window).</summary>
public sealed record AudienceCount(long Matched, long OutOfWindow)
{
    public long Reachable => Matched - OutOfWindow;
}
