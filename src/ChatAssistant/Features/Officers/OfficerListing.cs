namespace ChatAssistant.Features.Officers;

/// <summary>An officer as admins list them: the key's first characters only, never the key or the password.</summary>
/// <param name="KeyPrefix">Null for an officer with no API key.</param>
/// <param name="Username">Null for an officer who does not use the console.</param>
public sealed record OfficerListing(
    long Id,
    string Name,
    OfficerRole Role,
    IReadOnlyList<string> OaIds,
    string? KeyPrefix,
    string? Username,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? LastSignInAt);
