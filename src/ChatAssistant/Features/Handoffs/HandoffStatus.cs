namespace ChatAssistant.Features.Handoffs;

/// <summary>The values the <c>handoffs.status</c> check allows.</summary>
public static class HandoffStatus
{
    /// <summary>Opened by the resident; no officer has answered yet.</summary>
    public const string Waiting = "waiting";

    /// <summary>An officer has answered.</summary>
    public const string Active = "active";

    public const string Closed = "closed";
}
