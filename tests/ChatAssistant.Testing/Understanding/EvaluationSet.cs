using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Testing.Understanding;

/// <summary>Reads the evaluation conversations: every *.yaml under the sets' folders, in a stable order.</summary>
public static partial class EvaluationSet
{
    public const string Tuning = "tuning";
    public const string HeldOut = "held-out";

    public static IReadOnlyList<string> Styles { get; } = ["diacritics", "plain", "teen", "typo", "formal"];

    /// <summary>The folder of the sets in this checkout.</summary>
    public static string Folder => Path.Combine(Path.GetDirectoryName(RepositoryDialogs.Folder)!, "tests", "ChatAssistant.Tests", "Understanding", "Evaluation");

    public static IReadOnlyList<EvaluationConversation> Load(params string[] sets)
    {
        var conversations = new List<EvaluationConversation>();
        foreach (var set in sets.Length == 0 ? [Tuning, HeldOut] : sets)
        {
            var folder = Path.Combine(Folder, set);
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                conversations.AddRange(Read(file, set));
            }
        }
        return conversations;
    }

    private static IEnumerable<EvaluationConversation> Read(string file, string set)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            stream.Load(reader);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new InvalidDataException($"{file}: expected a list of conversations");
        }
        foreach (var node in list.Children.OfType<YamlMappingNode>())
        {
            var name = Scalar(node, "name") ?? throw new InvalidDataException($"{file}:{node.Start.Line}: a conversation needs a name");
            var style = Scalar(node, "style") ?? "";
            if (!Styles.Contains(style))
            {
                throw new InvalidDataException($"{file}:{node.Start.Line}: unknown style '{style}'");
            }
            var turns = Child(node, "turns") as YamlSequenceNode ?? throw new InvalidDataException($"{file}:{node.Start.Line}: no turns");
            yield return new EvaluationConversation(name, style, set, Path.GetFileName(file), [.. turns.Children.OfType<YamlMappingNode>().Select(t => Turn(file, t))]);
        }
    }

    private static EvaluationTurn Turn(string file, YamlMappingNode node)
    {
        var line = (int)node.Start.Line;
        if (Scalar(node, "wait") is { } wait)
        {
            return new EvaluationTurn(null, ParseWait(wait, file, line), [], [], [], line);
        }
        var say = Scalar(node, "say") ?? throw new InvalidDataException($"{file}:{line}: a turn needs 'say' or 'wait'");
        var expect = List(node, "expect");
        if (expect.Count == 0)
        {
            throw new InvalidDataException($"{file}:{line}: a turn needs at least one 'expect' fragment");
        }
        return new EvaluationTurn(say, null, List(node, "intent"), expect, List(node, "reject"), line);
    }

    /// <summary>"40m", "2h", "1d", or parts of them together ("3h30m", "1d 2h").</summary>
    private static TimeSpan ParseWait(string text, string file, int line)
    {
        var parts = WaitPart().Matches(text.Replace(" ", "", StringComparison.Ordinal));
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)).Length != text.Replace(" ", "", StringComparison.Ordinal).Length)
        {
            throw new InvalidDataException($"{file}:{line}: a wait is minutes, hours or days, like 40m, 2h, 1d or 3h30m");
        }
        return parts.Aggregate(TimeSpan.Zero, (total, part) =>
        {
            var number = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            return total + part.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(number),
                "h" => TimeSpan.FromHours(number),
                _ => TimeSpan.FromDays(number),
            };
        });
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)([mhd])")]
    private static partial Regex WaitPart();

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static List<string> List(YamlMappingNode node, string key) => Child(node, key) switch
    {
        YamlScalarNode scalar when scalar.Value is { } value => [value],
        YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        _ => [],
    };
}
