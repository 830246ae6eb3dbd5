namespace ChatAssistant.Features.Broadcasts;

/// <summary>Why an officer's action on a notice was not done.</summary>
public enum BroadcastRefusal
{
    /// <summary>No such notice in the officer's account.</summary>
    NotFound,
    /// <summary>A field is missing or wrong; <see cref="BroadcastOutcome.Field"/> says which.</summary>
    Invalid,
    /// <summary>The notice's status does not allow it (sending a notice already sent, resuming one not paused…).</summary>
    WrongStatus,
    /// <summary>The account requires a leader's approval before a notice is sent.</summary>
    NeedsApproval,
    /// <summary>Only a leader approves notices.</summary>
    NotLeader,
    /// <summary>A leader does not approve their own notice: approval is a second pair of eyes.</summary>
    OwnNotice,
}
