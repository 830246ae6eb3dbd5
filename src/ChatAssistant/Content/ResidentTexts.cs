using System.Text;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Content;

/// <summary>The texts residents read, loaded from <c>dialogs/texts.yaml</c> and checked at start-up.</summary>
public sealed class ResidentTexts : ITextCatalog, IStartupContent
{
    public const string FileName = "texts.yaml";

    /// <summary>The folder beside texts.yaml where features keep their own text files.</summary>
    public const string FeatureFolderName = "texts";

    public const string Welcome = "welcome";
    public const string NotUnderstood = "not-understood";
    public const string TurnFailed = "turn-failed";
    public const string TooManyMessages = "too-many-messages";

    /// <summary>Keys the service and the runtime use; start-up fails when one is missing or empty. Features add theirs through <see cref="IRequiredTexts"/>.</summary>
    public static readonly IReadOnlyList<string> Required = [Welcome, NotUnderstood, TurnFailed, TooManyMessages, .. RuntimeTexts.Keys];

    private readonly Dictionary<string, string> _texts;

    private ResidentTexts(Dictionary<string, string> texts) => _texts = texts;

    public string Get(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No text '{key}' in {FileName}.");

    /// <summary>The text with each <c>{name}</c> replaced by its value; unknown placeholders stay as written.</summary>
    public string Get(string key, IReadOnlyDictionary<string, string>? values)
    {
        var text = Get(key);
        if (values is null || values.Count == 0)
        {
            return text;
        }
        var filled = new StringBuilder(text);
        foreach (var (name, value) in values)
        {
            filled.Replace("{" + name + "}", value);
        }
        return filled.ToString();
    }

    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>
    /// <c>texts.yaml</c> and every file of <c>texts/</c> beside it: a feature may keep its texts in a file of its own
    /// (<c>texts/dossiers.yaml</c>) so officers find them together; a key defined twice is an error.
    /// </summary>
    public static ResidentTexts Load(DialogsFolder folder, IEnumerable<string>? alsoRequired = null)
    {
        var featureFolder = Path.Combine(folder.Path, FeatureFolderName);
        var featureFiles = Directory.Exists(featureFolder)
            ? Directory.GetFiles(featureFolder, "*.yaml").Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return Load([Path.Combine(folder.Path, FileName), .. featureFiles], alsoRequired);
    }

    public static ResidentTexts Load(string file, IEnumerable<string>? alsoRequired = null) => Load([file], alsoRequired);

    /// <summary>Reads and validates the files; errors name the file and line so an officer can fix them.</summary>
    public static ResidentTexts Load(IReadOnlyList<string> files, IEnumerable<string>? alsoRequired = null)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = YamlDocuments.LoadMapping(file, "a list of 'key: text' lines");
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
                if (origins.TryGetValue(key, out var first) && first != file)
                {
                    throw new ContentException(file, line, $"the text '{key}' is already defined in {first}");
                }
                texts[key] = value.Value.TrimEnd();
                origins[key] = file;
            }
        }
        var missing = Required.Concat(alsoRequired ?? []).Distinct().Where(k => !texts.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException(files[0], 1, $"missing text(s): {string.Join(", ", missing)}");
        }
        return new ResidentTexts(texts);
    }
}
