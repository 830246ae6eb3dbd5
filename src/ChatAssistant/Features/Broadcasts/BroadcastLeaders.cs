using ChatAssistant.Features.Officers;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Who may approve a notice.</summary>
/// <remarks>The unit's leader approves; an admin may stand in.</remarks>
public static class BroadcastLeaders
{
    public static bool CanApprove(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.CanLead();
    }

    /// <summary>The author may not approve: the bootstrap admin (no id) counts as one person too.</summary>
    public static bool IsAuthor(Officer officer, Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(broadcast);
        return broadcast.CreatedBy == officer.RecordedId;
    }
}
