using System.Globalization;

namespace ChatAssistant.Bench;

/// <summary>The options a section was given: <c>--name value</c> pairs and flags.</summary>
public sealed class BenchArguments
{
    /// <summary>The smoke run every section has: the same code path at tiny sizes, in seconds, targets not enforced.</summary>
    public const string QuickFlag = "--quick";

    private static readonly string[] Flags = ["--keep", QuickFlag];

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public BenchArguments(string[] args, params string[] known)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name != QuickFlag && !known.Contains(name))
            {
                throw new ArgumentException($"Unknown option '{name}'.");
            }
            _values[name] = Flags.Contains(name) ? null : i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
        }
    }

    /// <summary>Whether this is a smoke run (<c>--quick</c>): sizes default small and targets are reported, not enforced.</summary>
    public bool Quick => Flag(QuickFlag);

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{name} takes a positive whole number, not '{value}'.")
            : fallback;

    /// <summary>The number given, else <paramref name="quick"/> in a smoke run and <paramref name="full"/> otherwise.</summary>
    public int Number(string name, int full, int quick) => Number(name, Quick ? quick : full);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _values.ContainsKey(name);
}
