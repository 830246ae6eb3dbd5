using ChatAssistant.Content;

namespace ChatAssistant.Features.Followers;

/// <summary>Every account's residential groups and villages, from dialogs/followers.yaml.</summary>
/// <remarks>An account without a list still lets residents type any group: it is stored as typed.</remarks>
public sealed class ResidentialGroups : IStartupContent
{
    public const string FileName = "followers.yaml";

    private readonly IReadOnlyDictionary<string, IReadOnlyList<ResidentialGroup>> _byAccount;

    internal ResidentialGroups(IReadOnlyDictionary<string, IReadOnlyList<ResidentialGroup>> byAccount) => _byAccount = byAccount;

    /// <summary>The account's groups in the order officers listed them (the order residents see); empty when none are listed.</summary>
    public IReadOnlyList<ResidentialGroup> Of(string oaId) => _byAccount.GetValueOrDefault(oaId) ?? [];

    public ResidentialGroup? ByTag(string oaId, string tag) => Of(oaId).FirstOrDefault(g => g.Tag == tag);

    /// <summary>
    /// The stored tag for a label an officer typed: a listed group's own tag when the label is one of its names
    /// ("khu phố 5" for "Tổ dân phố 5"), so targets and labels meet the residents' own choice; otherwise the label folded.
    /// </summary>
    public string TagFor(string oaId, string label)
    {
        var folded = TagName.Fold(label);
        return Of(oaId).FirstOrDefault(g => g.Phrases.Contains(folded, StringComparer.Ordinal))?.Tag ?? folded;
    }

    /// <summary>The kind of a stored tag: as listed for the account, else from its first words.</summary>
    public PlaceKind KindOf(string oaId, string tag) => ByTag(oaId, tag)?.Kind ?? PlaceKinds.Of(tag);

    public static ResidentialGroups Load(DialogsFolder dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return Load(Path.Combine(dialogs.Path, FileName));
    }

    public static ResidentialGroups Load(string file) => ResidentialGroupFileReader.Read(file);
}
