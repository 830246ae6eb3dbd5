namespace ChatAssistant.Features.Officers;

/// <summary>Names of the officer API's authentication scheme and authorization policies.</summary>
public static class OfficerAuthentication
{
    /// <summary><c>Authorization: Bearer &lt;key&gt;</c>, checked against the bootstrap key and the officers table.</summary>
    public const string Scheme = "OfficerKey";

    /// <summary>The web console's session cookie.</summary>
    public const string ConsoleScheme = "OfficerConsole";

    /// <summary>Any enabled admin, leader or officer (a viewer only reads, in the console).</summary>
    public const string OfficerPolicy = "officer";

    /// <summary>Admins only: managing officers.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>One claim per account an officer may see.</summary>
    public const string OaIdClaim = "oa_id";
}
