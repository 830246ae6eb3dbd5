using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Content;

/// <summary>
/// Reads one YAML mapping of the editable content strictly: every key of the schema must be there
/// (null where empty), no other key is allowed, and every problem names the file, the line and the
/// path to the value, so an officer editing the file can find it.
/// </summary>
internal sealed class YamlMap(string file, string path, YamlMappingNode node)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public string Required(string key) =>
        Scalar(key) ?? throw Error(Node(key), $"{Name(key)} must not be empty");

    public string? Optional(string key) => Scalar(key);

    public bool Bool(string key) => Required(key) switch
    {
        "true" => true,
        "false" => false,
        var other => throw Error(Node(key), $"{Name(key)} must be true or false, not '{other}'"),
    };

    public int? Int(string key) => Scalar(key) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        var text => throw Error(Node(key), $"{Name(key)} must be a whole number, not '{text}'"),
    };

    public DateOnly Date(string key) =>
        DateOnly.TryParseExact(Required(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(Node(key), $"{Name(key)} must be a date written yyyy-mm-dd");

    public IReadOnlyList<string> Strings(string key) => Node(key) switch
    {
        YamlSequenceNode list => [.. list.Children.Select((item, i) => item is YamlScalarNode { Value: { Length: > 0 } text } && !IsNull(item)
            ? text.Trim()
            : throw Error(item, $"{Name(key)}[{i}] must be a text"))],
        var other when IsNull(other) => [],
        var other => throw Error(other, $"{Name(key)} must be a list, e.g. [a, b]"),
    };

    public IReadOnlyList<YamlMap> Maps(string key) => Node(key) switch
    {
        YamlSequenceNode list => [.. list.Children.Select((item, i) => item is YamlMappingNode map
            ? new YamlMap(file, $"{Name(key)}[{i}]", map)
            : throw Error(item, $"{Name(key)}[{i}] must be a block of 'key: value' lines"))],
        var other => throw Error(other, $"{Name(key)} must be a list of blocks"),
    };

    public YamlMap? Map(string key) => Node(key) switch
    {
        YamlMappingNode map => new YamlMap(file, Name(key), map),
        var other when IsNull(other) => null,
        var other => throw Error(other, $"{Name(key)} must be a block of 'key: value' lines or null"),
    };

    /// <summary>Call after reading: a key the schema does not know is most likely a typo.</summary>
    public void EnsureNoOtherKeys()
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                throw Error(key, $"unknown key '{name}' in {(Path.Length == 0 ? "the file" : Path)}");
            }
        }
    }

    public ContentException Error(YamlNode at, string problem) => new(file, (int)at.Start.Line, problem);

    /// <summary>A problem with the value of <paramref name="key"/>, reported on its line.</summary>
    public ContentException ErrorAt(string key, string problem) => Error(Node(key), problem);

    private string Name(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private YamlNode Node(string key)
    {
        _read.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value
            : throw new ContentException(file, (int)node.Start.Line, $"{Name(key)} is missing (write 'null' if there is nothing)");
    }

    private string? Scalar(string key) => Node(key) switch
    {
        var value when IsNull(value) => null,
        YamlScalarNode { Value: { } text } => text.Trim(),
        var other => throw Error(other, $"{Name(key)} must be a single value"),
    };

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "null" or "~" };
}
