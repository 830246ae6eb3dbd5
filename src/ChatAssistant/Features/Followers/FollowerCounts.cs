namespace ChatAssistant.Features.Followers;

/// <summary>How many residents of an account (or of one tag) a notice could reach.</summary>
/// <param name="Residents">Everyone who ever followed or wrote.</param>
/// <param name="WithinWindow">Following and wrote (or followed) in the last 7 days: a free message reaches them.</param>
/// <param name="NoticesOff">Following but said "tắt thông báo".</param>
/// <param name="Reachable">Following, within the window, notices on.</param>
public sealed record FollowerCounts(int Residents, int Following, int WithinWindow, int NoticesOff, int Reachable);
