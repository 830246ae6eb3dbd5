namespace ChatAssistant.Features.Officers;

/// <summary>Someone using the officer API, with the accounts whose residents they may see.</summary>
/// <param name="Id">The database id; 0 for the built-in bootstrap admin, which has no row.</param>
public sealed record Officer(long Id, string Name, OfficerRole Role, IReadOnlyList<string> OaIds)
{
    public const string BootstrapName = "bootstrap";

    /// <summary>The admin that <c>Admin:BootstrapApiKey</c> authenticates, for first set-up.</summary>
    public static Officer Bootstrap { get; } = new(0, BootstrapName, OfficerRole.Admin, []);

    public bool IsBootstrap => Id == 0;

    /// <summary>The id to record in <c>officer_id</c> columns: null for the bootstrap admin, which has no row.</summary>
    public long? RecordedId => IsBootstrap ? null : Id;

    /// <summary>Admins see every account; every other role only theirs.</summary>
    public bool CanSee(string oaId) => Role == OfficerRole.Admin || OaIds.Contains(oaId, StringComparer.Ordinal);
}
