using ChatAssistant.Content;

namespace ChatAssistant.Features.Followers;

/// <summary>Reads dialogs/followers.yaml strictly, naming file and line for every problem.</summary>
internal static class ResidentialGroupFileReader
{
    private static readonly Dictionary<string, PlaceKind> Kinds = new(StringComparer.Ordinal)
    {
        ["group"] = PlaceKind.Group,
        ["village"] = PlaceKind.Village,
    };

    public static ResidentialGroups Read(string file)
    {
        var root = new YamlMap(file, "", YamlDocuments.LoadMapping(file, "'accounts', each with its 'groups'"));
        var byAccount = new Dictionary<string, IReadOnlyList<ResidentialGroup>>(StringComparer.Ordinal);
        foreach (var account in root.Maps("accounts"))
        {
            var oaId = account.Required("oa_id");
            var groups = ReadGroups(account);
            account.EnsureNoOtherKeys();
            if (!byAccount.TryAdd(oaId, groups))
            {
                throw account.ErrorAt("oa_id", $"{account.Path}.oa_id '{oaId}' is listed twice");
            }
        }
        root.EnsureNoOtherKeys();
        return new ResidentialGroups(byAccount);
    }

    private static List<ResidentialGroup> ReadGroups(YamlMap account)
    {
        var groups = new List<ResidentialGroup>();
        // Every name and word of the account, folded, with the group it belongs to: one answer must mean one group.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in account.Maps("groups"))
        {
            var kindText = map.Required("kind");
            var kind = Kinds.TryGetValue(kindText, out var known) ? known
                : throw map.ErrorAt("kind", $"{map.Path}.kind '{kindText}' must be 'group' (tổ dân phố, khu phố) or 'village' (thôn, xóm, ấp, bản)");
            var group = new ResidentialGroup(map.Required("name"), kind, map.Strings("words"));
            if (group.Tag.Length == 0 || group.Name.Length > TagName.MaxLabelLength)
            {
                throw map.ErrorAt("name", $"{map.Path}.name must hold letters or digits, at most {TagName.MaxLabelLength} characters");
            }
            foreach (var (phrase, key) in group.Phrases.Select(p => (p, p == group.Tag ? "name" : "words")))
            {
                if (phrase.Length == 0)
                {
                    throw map.ErrorAt("words", $"{map.Path}.words must hold letters or digits");
                }
                if (owners.TryGetValue(phrase, out var owner))
                {
                    throw map.ErrorAt(key, $"{map.Path}: '{phrase}' already names '{owner}'; one name must mean one group");
                }
                owners[phrase] = group.Name;
            }
            map.EnsureNoOtherKeys();
            groups.Add(group);
        }
        if (groups.Count == 0)
        {
            throw account.ErrorAt("groups", $"{account.Path}.groups must list at least one group or village (or leave the account out)");
        }
        return groups;
    }
}
