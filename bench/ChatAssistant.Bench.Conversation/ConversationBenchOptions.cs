using System.Globalization;

namespace ChatAssistant.Bench.Conversation;

/// <summary>Command-line settings of the conversation benchmark.</summary>
internal sealed class ConversationBenchOptions
{
    public int Residents { get; private set; } = 1000;
    public int Runs { get; private set; } = 3;
    public int WarmupResidents { get; private set; } = 1000;
    public List<string> Synchronous { get; } = ["FULL", "NORMAL"];
    public List<InsertMode> Modes { get; } = [InsertMode.Streamed, InsertMode.Upfront];
    public double QuietCores { get; private set; } = 0.15;
    public double QuietWaitSeconds { get; private set; } = 180;
    public double TimeoutSeconds { get; private set; } = 300;
    public double TargetTurnsPerSecond { get; private set; } = 2000;
    public bool Profile { get; private set; }
    public bool CommitHook { get; private set; } = true;
    public bool Keep { get; private set; }
    public bool Quick { get; private set; }
    public string? MarkdownOut { get; private set; }
    public string? WorkDirectory { get; private set; }

    /// <summary>Extra service configuration for experiments, e.g. Messaging:MaxConcurrentTurns=64.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public const string Usage = """
        ChatAssistant conversation pipeline benchmark (see bench/README.md)

          --residents N         distinct residents, each sending 6 messages (default 1000)
          --runs N              measured runs per configuration, each on a fresh database (default 3)
          --synchronous LIST    SQLite synchronous levels to measure, comma-separated (default FULL,NORMAL)
          --modes LIST          streamed (dispatcher running while the rows are inserted) and/or
                                upfront (all rows inserted, then the dispatcher started); default both
          --warmup-residents N  residents of each discarded warm-up run (default 1000; 0: no warm-up); warm-up
                                runs repeat (at least 3, at most 8) until the JIT thread used under 0.03 cores
          --quick               smoke run, seconds: --residents 50 --runs 1 --synchronous FULL --warmup-residents 0
                                --quiet-wait 0; the target is reported, not enforced (options after it still apply)
          --profile             one more run, instrumented: time per SQL statement on the writer, the
                                state load, and single-thread costs of the reads and the JSON (perturbs
                                that run's figures, which are reported apart)
          --no-commit-hook      measure without the SQLite profile hook that times commits (to check the
                                hook's own cost); the "turn incl. commit" column is then empty
          --set KEY=VALUE       extra service configuration (repeatable), e.g. Messaging:MaxConcurrentTurns=64
          --target R            turns per second the streamed FULL median must reach (default 2000)
          --quiet-cores C       before each run wait until other processes use at most C cores (default 0.15)
          --quiet-wait S        wait at most S seconds for that (default 180; 0: do not wait)
          --timeout S           give up on a run after S seconds (default 300)
          --work-dir PATH       databases (default a new folder under /tmp)
          --markdown-out PATH   also write the tables to this file
          --keep                keep the databases afterwards
        """;

    public static ConversationBenchOptions Parse(string[] args)
    {
        var options = new ConversationBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            int Whole() => int.Parse(Next(), CultureInfo.InvariantCulture);
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            switch (arg)
            {
                case "--residents": options.Residents = Whole(); break;
                case "--runs": options.Runs = Whole(); break;
                case "--warmup-residents": options.WarmupResidents = Whole(); break;
                case "--synchronous":
                    options.Synchronous.Clear();
                    options.Synchronous.AddRange(List(Next()).Select(s => s.ToUpperInvariant()));
                    break;
                case "--modes":
                    options.Modes.Clear();
                    options.Modes.AddRange(List(Next()).Select(m => Enum.Parse<InsertMode>(m, ignoreCase: true)));
                    break;
                case "--quick":
                    options.Quick = true;
                    options.Residents = 50;
                    options.Runs = 1;
                    options.WarmupResidents = 0;
                    options.QuietWaitSeconds = 0;
                    options.Synchronous.Clear();
                    options.Synchronous.Add("FULL");
                    break;
                case "--profile": options.Profile = true; break;
                case "--no-commit-hook": options.CommitHook = false; break;
                case "--set":
                    var setting = Next();
                    var equals = setting.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new ArgumentException($"--set needs KEY=VALUE, not '{setting}'.");
                    }
                    options.Settings[setting[..equals]] = setting[(equals + 1)..];
                    break;
                case "--target": options.TargetTurnsPerSecond = Number(); break;
                case "--quiet-cores": options.QuietCores = Number(); break;
                case "--quiet-wait": options.QuietWaitSeconds = Number(); break;
                case "--timeout": options.TimeoutSeconds = Number(); break;
                case "--work-dir": options.WorkDirectory = Next(); break;
                case "--markdown-out": options.MarkdownOut = Next(); break;
                case "--keep": options.Keep = true; break;
                default: throw new ArgumentException($"Unknown option '{arg}'.");
            }
        }
        if (options.Residents < 1 || options.Runs < 1)
        {
            throw new ArgumentException("--residents and --runs must be at least 1.");
        }
        return options;
    }

    private static string[] List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>How the inbox rows reach the dispatcher.</summary>
internal enum InsertMode
{
    /// <summary>The dispatcher runs while the rows are inserted, round by round: the full pipeline.</summary>
    Streamed,

    /// <summary>Every row is inserted first, then the dispatcher starts: the turns alone.</summary>
    Upfront,
}
