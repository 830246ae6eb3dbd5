using ChatAssistant.Content;

namespace ChatAssistant.Features.Followers;

/// <summary>Every account's residential groups and villages, from dialogs/followers.yaml.</summary>
/// <remarks>An account without a list still lets residents type any group: it is stored as typed.</remarks>
public sealed class ResidentialGroups : IStartupContent
{
    public const string FileName = "followers.yaml";

    private readonly IReadOnlyDictionary<string, IReadOnlyList<ResidentialGroup>> _byAccount;

    internal ResidentialGroups(IReadOnlyDictionary<string, IReadOnlyList<ResidentialGroup>> byAccount) => _byAccount = byAccount;

    public IEnumerable<string> AccountIds => _byAccount.Keys;

    /// <summary>The account's groups in the order officers listed them (the order residents see); empty when none are listed.</summary>
    public IReadOnlyList<ResidentialGroup> Of(string oaId) => _byAccount.GetValueOrDefault(oaId) ?? [];

    public ResidentialGroup? ByTag(string oaId, string tag) => Of(oaId).FirstOrDefault(g => g.Tag == tag);

    /// <summary>The kind of a stored tag: as listed for the account, else from its first words.</summary>
    public PlaceKind KindOf(string oaId, string tag) => ByTag(oaId, tag)?.Kind ?? PlaceKinds.Of(tag);

    public static ResidentialGroups Load(DialogsFolder dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return Load(Path.Combine(dialogs.Path, FileName));
    }

    public static ResidentialGroups Load(string file) => ResidentialGroupFileReader.Read(file);
}
