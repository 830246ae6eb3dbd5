namespace ChatAssistant.Features.Officers;

/// <summary>Roles as the database and the API spell them: <c>admin</c>, <c>leader</c>, <c>officer</c>, <c>viewer</c>.</summary>
public static class OfficerRoleNames
{
    public const string Admin = "admin";
    public const string Leader = "leader";
    public const string Officer = "officer";
    public const string Viewer = "viewer";

    /// <summary>Every role, most powerful first, as forms list them.</summary>
    public static IReadOnlyList<OfficerRole> All { get; } = [OfficerRole.Admin, OfficerRole.Leader, OfficerRole.Officer, OfficerRole.Viewer];

    public static string ToName(this OfficerRole role) => role switch
    {
        OfficerRole.Admin => Admin,
        OfficerRole.Leader => Leader,
        OfficerRole.Officer => Officer,
        OfficerRole.Viewer => Viewer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown officer role."),
    };

    /// <summary>The role as officers read it in the console.</summary>
    public static string ToVietnamese(this OfficerRole role) => role switch
    {
        OfficerRole.Admin => "Quản trị",
        OfficerRole.Leader => "Chỉ huy",
        OfficerRole.Officer => "Cán bộ",
        OfficerRole.Viewer => "Chỉ xem",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown officer role."),
    };

    public static bool TryParse(string? name, out OfficerRole role)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "ADMIN":
                role = OfficerRole.Admin;
                return true;
            case "LEADER":
                role = OfficerRole.Leader;
                return true;
            case "OFFICER":
                role = OfficerRole.Officer;
                return true;
            case "VIEWER":
                role = OfficerRole.Viewer;
                return true;
            default:
                role = default;
                return false;
        }
    }
}
