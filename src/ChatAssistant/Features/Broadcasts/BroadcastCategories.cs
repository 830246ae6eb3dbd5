namespace ChatAssistant.Features.Broadcasts;

/// <summary>What a notice is about, as the API and <c>broadcasts.category</c> spell it.</summary>
public static class BroadcastCategories
{
    public const string SecurityWarning = "security-warning";
    public const string WantedPerson = "wanted-person";
    public const string MissingPerson = "missing-person";
    public const string Campaign = "campaign";
    public const string MobileSession = "mobile-session";
    public const string General = "general";

    public static IReadOnlyList<string> All { get; } = [SecurityWarning, WantedPerson, MissingPerson, Campaign, MobileSession, General];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);

    /// <summary>Urgent unless the officer says otherwise: a danger now, or a person every hour counts for.</summary>
    public static bool UrgentByDefault(string category) => category is SecurityWarning or MissingPerson;
}
