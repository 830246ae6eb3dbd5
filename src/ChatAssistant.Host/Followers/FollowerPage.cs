using ChatAssistant.Features.Followers;

namespace ChatAssistant.Host.Followers;

/// <summary>
/// The answer of <c>GET /api/admin/followers</c>: counts of the account (or of one tag), its tags, and one page of residents
/// by user id; <c>nextAfter</c> fetches the next page.
/// </summary>
public sealed record FollowerPage(
    string OaId, string? Tag, FollowerCounts Counts, IReadOnlyList<TagCount> Tags, IReadOnlyList<Follower> Followers, string? NextAfter);
