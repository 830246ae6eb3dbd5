namespace ChatAssistant.Features.Officers;

/// <summary>What each role may do, in one place, so the API, the console and the desks agree.</summary>
/// <remarks>Scope is separate: <see cref="Officer.CanSee"/> says which accounts; these say which actions.</remarks>
public static class OfficerPermissions
{
    /// <summary>Acts on residents' business: the queue, bookings, closures, tip-offs, notices, hand-offs, imports.</summary>
    public static bool CanWork(this Officer officer) =>
        Role(officer) is OfficerRole.Admin or OfficerRole.Leader or OfficerRole.Officer;

    /// <summary>Approves notices before they go out, reads the audit log of their accounts.</summary>
    public static bool CanLead(this Officer officer) => Role(officer) is OfficerRole.Admin or OfficerRole.Leader;

    /// <summary>Creates officers, resets passwords, sees every account.</summary>
    public static bool CanAdminister(this Officer officer) => Role(officer) is OfficerRole.Admin;

    private static OfficerRole Role(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role;
    }
}
