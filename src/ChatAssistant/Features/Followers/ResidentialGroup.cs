namespace ChatAssistant.Features.Followers;

/// <summary>One residential group or village of an account, as officers listed it in dialogs/followers.yaml.</summary>
/// <param name="Name">Shown to residents and officers ("Tổ dân phố 5").</param>
/// <param name="Words">Other names residents use ("khu phố 5", "xóm Đông"), as written.</param>
public sealed record ResidentialGroup(string Name, PlaceKind Kind, IReadOnlyList<string> Words)
{
    public string Tag { get; } = TagName.Fold(Name);

    /// <summary>The name and every other name, folded: what a resident's answer is compared with.</summary>
    public IReadOnlyList<string> Phrases { get; } = [.. new[] { Name }.Concat(Words).Select(TagName.Fold).Distinct(StringComparer.Ordinal)];

    public Place AsPlace() => new(Tag, Name, Kind);
}
