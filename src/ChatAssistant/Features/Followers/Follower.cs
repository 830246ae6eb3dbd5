namespace ChatAssistant.Features.Followers;

/// <summary>What the registry knows of one resident of an account; no personal data beyond the Zalo user id.</summary>
/// <param name="LastInteractionAt">When they last wrote or followed: a free message reaches them for 7 days after it.</param>
/// <param name="NoticesOff">They said "tắt thông báo": no notices until "bật thông báo".</param>
public sealed record Follower(string UserId, bool Following, DateTimeOffset? LastInteractionAt, bool NoticesOff, IReadOnlyList<FollowerTag> Tags);
