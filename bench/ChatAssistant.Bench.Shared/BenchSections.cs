namespace ChatAssistant.Bench;

/// <summary>
/// The command line every in-process benchmark shares: the first argument names a section (default <c>all</c>, every
/// section with its defaults, the worst exit code winning), the rest are that section's options. <c>--quick</c> alone
/// (or <c>all --quick</c>) runs every section in its smoke mode.
/// </summary>
public static class BenchSections
{
    public static async Task<int> RunAsync(string[] args, string usage, IReadOnlyList<(string Name, Func<string[], Task<int>> Run)> sections)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(sections);
        if (args is [BenchArguments.QuickFlag])
        {
            args = ["all", BenchArguments.QuickFlag];
        }
        var section = args.Length == 0 ? "all" : args[0];
        var options = args.Length == 0 ? [] : args[1..];
        try
        {
            switch (section)
            {
                case "all" when options is not ([] or [BenchArguments.QuickFlag]):
                    throw new ArgumentException($"Options belong to a named section, e.g. '{sections[0].Name} --help'; 'all' takes only --quick.");
                case "all":
                    var exit = 0;
                    foreach (var (name, run) in sections)
                    {
                        var code = await run(options);
                        if (code != 0)
                        {
                            Console.Error.WriteLine($"Section '{name}' failed (exit code {code}).");
                        }
                        exit = Math.Max(exit, code);
                    }
                    return exit;
                case "-h" or "--help":
                    Console.WriteLine(usage);
                    return 0;
            }
            if (sections.FirstOrDefault(s => s.Name == section).Run is { } named)
            {
                return await named(options);
            }
            Console.Error.WriteLine($"Unknown section '{section}'.");
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
        }
        Console.Error.WriteLine(usage);
        return 64;
    }
}
