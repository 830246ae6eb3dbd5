namespace ChatAssistant.Features.Officers;

/// <summary>Roles as the database and the API spell them: <c>admin</c>, <c>officer</c>.</summary>
public static class OfficerRoleNames
{
    public const string Admin = "admin";
    public const string Officer = "officer";

    public static string ToName(this OfficerRole role) => role switch
    {
        OfficerRole.Admin => Admin,
        OfficerRole.Officer => Officer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown officer role."),
    };

    public static bool TryParse(string? name, out OfficerRole role)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "ADMIN":
                role = OfficerRole.Admin;
                return true;
            case "OFFICER":
                role = OfficerRole.Officer;
                return true;
            default:
                role = default;
                return false;
        }
    }
}
