namespace ChatAssistant.Features.Followers;

/// <summary>Tells the kind of place from the first words of a folded tag, for groups no account list names.</summary>
public static class PlaceKinds
{
    private static readonly string[] GroupWords = ["to dan pho", "khu pho", "khu dan cu", "cum dan cu", "khom"];
    private static readonly string[] NumberedGroupWords = ["khu", "cum"];
    private static readonly string[] VillageWords = ["thon", "xom", "ap", "ban", "buon", "lang", "soc", "plei"];

    public static PlaceKind Of(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var words = tag.Split(' ');
        if (words.Length < 2)
        {
            return PlaceKind.None;
        }
        if (GroupWords.Any(w => tag.StartsWith(w + " ", StringComparison.Ordinal))
            || (NumberedGroupWords.Contains(words[0]) && TagName.IsNumber(words[1])))
        {
            return PlaceKind.Group;
        }
        return VillageWords.Contains(words[0]) ? PlaceKind.Village : PlaceKind.None;
    }
}
