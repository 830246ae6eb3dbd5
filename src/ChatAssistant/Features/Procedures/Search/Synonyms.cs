using ChatAssistant.Content;
using ChatAssistant.Conversation.Text;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Features.Procedures.Search;

/// <summary>
/// Residents' words mapped to words of the catalogue (dialogs/synonyms.yaml), folded at load, and the words of other
/// bodies' papers ("giấy chứng tử" is the people's committee's): a match of those has no catalogue phrases, so the
/// search weighs it as words no procedure has instead of matching its syllables one by one ("chứng", "tử").
/// </summary>
public sealed class Synonyms
{
    public const string FileName = "synonyms.yaml";

    private readonly List<(string[] Key, IReadOnlyList<string> Values)> _entries;

    private Synonyms(List<(string[] Key, IReadOnlyList<string> Values)> entries)
    {
        // Longest keys first, so "cắt hộ khẩu" wins over "hộ khẩu".
        _entries = [.. entries.OrderByDescending(e => e.Key.Length)];
    }

    public static Synonyms Empty { get; } = new([]);

    public int Count => _entries.Count;

    public static Synonyms Load(string file)
    {
        var root = YamlDocuments.LoadMapping(file, "a 'synonyms' mapping of resident phrase to a list of catalogue phrases");
        var entries = new List<(string[] Key, IReadOnlyList<string> Values)>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var topKey = keyNode is YamlScalarNode scalar ? scalar.Value : null;
            if (topKey == "elsewhere")
            {
                AddElsewhere(file, valueNode, entries);
                continue;
            }
            if (topKey != "synonyms")
            {
                throw new ContentException(file, Line(keyNode), $"unexpected key '{topKey}': only 'synonyms' and 'elsewhere' are allowed");
            }
            if (valueNode is not YamlMappingNode mapping)
            {
                throw new ContentException(file, Line(valueNode), "'synonyms' must be a mapping of resident phrase to a list of catalogue phrases");
            }
            foreach (var (phraseNode, listNode) in mapping.Children)
            {
                var phrase = phraseNode is YamlScalarNode p ? VietnameseText.Fold(p.Value ?? "") : "";
                if (phrase.Length == 0)
                {
                    throw new ContentException(file, Line(phraseNode), "a synonym key must be a non-empty phrase");
                }
                if (listNode is not YamlSequenceNode list || list.Children.Count == 0)
                {
                    throw new ContentException(file, Line(listNode), $"the synonym '{phrase}' needs a list of catalogue phrases, like [căn cước]");
                }
                var values = new List<string>();
                foreach (var item in list.Children)
                {
                    var value = item is YamlScalarNode v ? VietnameseText.Fold(v.Value ?? "") : "";
                    if (value.Length == 0)
                    {
                        throw new ContentException(file, Line(item), $"the synonym '{phrase}' has an empty or nested value");
                    }
                    values.Add(value);
                }
                // Keys that fold alike ("cavet", "cavẹt") share their values.
                var index = entries.FindIndex(e => string.Join(' ', e.Key) == phrase);
                if (index >= 0)
                {
                    entries[index] = (entries[index].Key, [.. entries[index].Values.Union(values, StringComparer.Ordinal)]);
                }
                else
                {
                    entries.Add((phrase.Split(' '), values));
                }
            }
        }
        return new Synonyms(entries);
    }

    private static void AddElsewhere(string file, YamlNode node, List<(string[] Key, IReadOnlyList<string> Values)> entries)
    {
        if (node is not YamlSequenceNode list)
        {
            throw new ContentException(file, Line(node), "'elsewhere' must be a list of phrases, like [giấy chứng tử]");
        }
        foreach (var item in list.Children)
        {
            var phrase = item is YamlScalarNode p ? VietnameseText.Fold(p.Value ?? "") : "";
            if (phrase.Length == 0)
            {
                throw new ContentException(file, Line(item), "an 'elsewhere' phrase must be non-empty");
            }
            if (entries.Any(e => string.Join(' ', e.Key) == phrase))
            {
                throw new ContentException(file, Line(item), $"'{phrase}' is both a synonym and an other body's word");
            }
            entries.Add((phrase.Split(' '), []));
        }
    }

    /// <summary>The catalogue phrases (folded) for every key found as a whole-syllable phrase in <paramref name="syllables"/>,
    /// with the positions the key covers; none for an other body's word.</summary>
    public IReadOnlyList<SynonymMatch> Find(IReadOnlyList<string> syllables)
    {
        ArgumentNullException.ThrowIfNull(syllables);
        var matches = new List<SynonymMatch>();
        var used = new bool[syllables.Count];
        foreach (var (key, values) in _entries)
        {
            for (var start = 0; start + key.Length <= syllables.Count; start++)
            {
                var all = true;
                for (var i = 0; i < key.Length && all; i++)
                {
                    all = !used[start + i] && syllables[start + i] == key[i];
                }
                if (!all)
                {
                    continue;
                }
                for (var i = 0; i < key.Length; i++)
                {
                    used[start + i] = true;
                }
                matches.Add(new SynonymMatch(start, key.Length, values));
            }
        }
        return matches;
    }

    /// <summary>The folded question followed by the folded catalogue phrases of every synonym it contains.</summary>
    public string Expand(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var folded = VietnameseText.Fold(question);
        var syllables = folded.Length == 0 ? [] : folded.Split(' ');
        var values = Find(syllables).SelectMany(m => m.Values).Distinct(StringComparer.Ordinal);
        return string.Join(' ', new[] { folded }.Concat(values).Where(s => s.Length > 0));
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
