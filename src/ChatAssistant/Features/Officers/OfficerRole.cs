namespace ChatAssistant.Features.Officers;

/// <summary>What an officer may do; see <see cref="OfficerPermissions"/> for what each role allows.</summary>
public enum OfficerRole
{
    /// <summary>Every account; manages officers.</summary>
    Admin,

    /// <summary>Their accounts: works like an officer, approves notices, reads the audit log.</summary>
    Leader,

    /// <summary>Their accounts: the queue, bookings, tip-offs, notices, hand-offs, imports.</summary>
    Officer,

    /// <summary>Their accounts: reads the dashboard, queue, calendar and figures; changes nothing.</summary>
    Viewer,
}
