using System.Globalization;

namespace ChatAssistant.Bench.Broadcasts;

/// <summary>The options a section was given: <c>--name value</c> pairs and flags.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public BenchArguments(string[] args, params string[] known)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!known.Contains(name))
            {
                throw new ArgumentException($"Unknown option '{name}'.");
            }
            _values[name] = name == "--keep" ? null : i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
        }
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{name} takes a positive whole number, not '{value}'.")
            : fallback;

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _values.ContainsKey(name);
}
