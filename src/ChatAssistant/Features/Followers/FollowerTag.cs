namespace ChatAssistant.Features.Followers;

/// <summary>One tag of a follower: the folded tag targeting compares, the label as written, and who set it.</summary>
/// <param name="Source"><c>resident</c> (set in chat) or <c>officer</c>.</param>
public sealed record FollowerTag(string Tag, string Label, string Source)
{
    public const string ResidentSource = "resident";
    public const string OfficerSource = "officer";
}
