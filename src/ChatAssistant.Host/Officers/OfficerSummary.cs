using ChatAssistant.Features.Officers;

namespace ChatAssistant.Host.Officers;

/// <summary>An officer in the admin list: the key's prefix, never the key.</summary>
public sealed record OfficerSummary(
    long Id,
    string Name,
    string Role,
    IReadOnlyList<string> OaIds,
    string? KeyPrefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt)
{
    public static OfficerSummary From(OfficerListing officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new(officer.Id, officer.Name, officer.Role.ToName(), officer.OaIds, officer.KeyPrefix, officer.CreatedAt, officer.DisabledAt);
    }
}
