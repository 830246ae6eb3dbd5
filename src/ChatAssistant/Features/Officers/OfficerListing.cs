namespace ChatAssistant.Features.Officers;

/// <summary>An officer as admins list them: the key's first characters only, never the key.</summary>
public sealed record OfficerListing(
    long Id,
    string Name,
    OfficerRole Role,
    IReadOnlyList<string> OaIds,
    string KeyPrefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt);
