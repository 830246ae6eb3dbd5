namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>How the follow-up starts: the first go reads a code from the opening message, a second chance does not.</summary>
internal sealed class FollowUpStart
{
    public int Attempt { get; set; } = 1;

    public bool ReadMessage { get; set; }
}
