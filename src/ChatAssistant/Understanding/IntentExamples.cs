using ChatAssistant.Content;
using ChatAssistant.Conversation.Text;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Understanding;

/// <summary>
/// The example sentences of every intent, from dialogs/nlu/*.yaml (one intent a file, in Rasa's spirit), checked at
/// load: a known intent name, a list of non-empty sentences, and no sentence taught to two intents.
/// </summary>
public sealed class IntentExamples : IStartupContent
{
    public const string FolderName = "nlu";

    private IntentExamples(IReadOnlyList<IntentExample> examples)
    {
        All = examples;
    }

    public IReadOnlyList<IntentExample> All { get; }

    public static IntentExamples Load(DialogsFolder dialogs) => Load(Path.Combine(dialogs.Path, FolderName));

    public static IntentExamples Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ContentException(folder, 0, "the folder of intent examples is missing");
        }
        var examples = new List<IntentExample>();
        var seen = new Dictionary<string, IntentExample>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var example in Read(file))
            {
                var normalized = Shorthand.Normalize(example.Text);
                if (seen.TryGetValue(normalized, out var earlier) && earlier.Intent != example.Intent)
                {
                    throw new ContentException(file, example.Line,
                        $"'{example.Text}' is also an example of '{earlier.Intent}' ({Path.GetFileName(earlier.File)}:{earlier.Line}); an example teaches one intent");
                }
                seen[normalized] = example;
                examples.Add(example);
            }
        }
        var missing = Intents.All.Where(intent => !examples.Any(e => e.Intent == intent)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException(folder, 0, $"no examples for {string.Join(", ", missing)}: every intent needs some");
        }
        return new IntentExamples(examples);
    }

    private static List<IntentExample> Read(string file)
    {
        var root = YamlDocuments.LoadMapping(file, "a mapping with 'intent' and 'examples'");
        string? intent = null;
        YamlSequenceNode? list = null;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "intent":
                    intent = (valueNode as YamlScalarNode)?.Value?.Trim();
                    if (intent is null || !Intents.All.Contains(intent))
                    {
                        throw new ContentException(file, Line(valueNode),
                            $"unknown intent '{intent}': use one of {string.Join(", ", Intents.All.Order(StringComparer.Ordinal))}");
                    }
                    break;
                case "examples":
                    list = valueNode as YamlSequenceNode
                        ?? throw new ContentException(file, Line(valueNode), "'examples' must be a list of sentences, one per line starting with '- '");
                    break;
                default:
                    throw new ContentException(file, Line(keyNode), $"unexpected key '{(keyNode as YamlScalarNode)?.Value}': only 'intent' and 'examples' are allowed");
            }
        }
        if (intent is null)
        {
            throw new ContentException(file, 1, "the file does not say its 'intent'");
        }
        if (list is null || list.Children.Count == 0)
        {
            throw new ContentException(file, 1, $"the intent '{intent}' has no 'examples'");
        }
        var examples = new List<IntentExample>();
        foreach (var item in list.Children)
        {
            var text = (item as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(text) || Shorthand.Normalize(text).Length == 0)
            {
                throw new ContentException(file, Line(item), "an example must be a sentence with letters or digits (a nested list or an empty line was found)");
            }
            examples.Add(new IntentExample(intent, text, file, Line(item)));
        }
        return examples;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
