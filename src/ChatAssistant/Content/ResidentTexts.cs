using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Content;

/// <summary>The texts residents read, loaded from <c>dialogs/texts.yaml</c> and checked at start-up.</summary>
public sealed class ResidentTexts
{
    public const string FileName = "texts.yaml";

    public const string Welcome = "welcome";
    public const string NotYetUnderstood = "not-yet-understood";
    public const string TurnFailed = "turn-failed";

    /// <summary>Keys the code uses; start-up fails when one is missing or empty.</summary>
    public static readonly IReadOnlyList<string> Required = [Welcome, NotYetUnderstood, TurnFailed];

    private readonly Dictionary<string, string> _texts;

    private ResidentTexts(Dictionary<string, string> texts) => _texts = texts;

    public string Get(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No text '{key}' in {FileName}.");

    public static ResidentTexts Load(DialogsFolder folder) => Load(Path.Combine(folder.Path, FileName));

    /// <summary>Reads and validates the file; errors name the file and line so an officer can fix them.</summary>
    public static ResidentTexts Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            var parser = new Parser(reader);
            try
            {
                stream.Load(parser);
            }
            catch (YamlException ex)
            {
                throw new ContentException(file, (int)ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                // YamlDotNet reports some unclosed brackets this way, without a position of its own.
                throw new ContentException(file, (int)(parser.Current?.Start.Line ?? 1), $"not valid YAML (an unclosed bracket or quote?): {ex.Message}");
            }
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ContentException(file, 1, "expected a list of 'key: text' lines");
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlScalarNode value)
            {
                throw new ContentException(file, line, "each entry must be 'key: text'");
            }
            if (string.IsNullOrWhiteSpace(value.Value))
            {
                throw new ContentException(file, line, $"the text '{key}' is empty");
            }
            texts[key] = value.Value.TrimEnd();
        }
        var missing = Required.Where(k => !texts.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException(file, 1, $"missing text(s): {string.Join(", ", missing)}");
        }
        return new ResidentTexts(texts);
    }
}
