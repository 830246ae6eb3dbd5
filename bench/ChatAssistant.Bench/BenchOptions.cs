using System.Globalization;

namespace ChatAssistant.Bench;

/// <summary>Command-line settings; every duration and rate of the run can be changed here.</summary>
internal sealed class BenchOptions
{
    public double DurationSeconds { get; private set; } = 30;
    public double WarmupSeconds { get; private set; } = 5;
    public double MaxWarmupSeconds { get; private set; } = 60;
    public bool IntakeOnly { get; private set; }
    public double QuietCores { get; private set; } = 0.15;
    public double QuietWaitSeconds { get; private set; } = 180;
    public int Connections { get; private set; } = 64;
    public int Users { get; private set; } = 1000;
    public double E2eRate { get; private set; } = 500;
    public int E2eUsers { get; private set; } = 1000;
    public int E2eConnections { get; private set; } = 32;
    public double E2eReplyTimeoutSeconds { get; private set; } = 60;

    /// <summary>Sizes the pre-signed bodies of the webhook phase: rate × (warm-up + duration) of them.</summary>
    public int MaxRate { get; private set; } = 20_000;

    public HashSet<string> Phases { get; } = new(StringComparer.OrdinalIgnoreCase) { "noop", "webhook", "e2e" };
    public string? HostDll { get; private set; }
    public string? WorkDirectory { get; private set; }
    public string? MarkdownOut { get; private set; }
    public bool Keep { get; private set; }
    public Dictionary<string, string> HostEnvironment { get; } = new(StringComparer.Ordinal);
    public List<string> HostArguments { get; } = [];
    public bool Quick { get; private set; }

    public const string Usage = """
        ChatAssistant webhook benchmark (see bench/README.md)

          --duration S          seconds of each measured phase (default 30)
          --warmup S            minimum warm-up before each phase (default 5); a warm-up goes on
                                until the host's JIT thread is idle for 2 s
          --max-warmup S        longest warm-up (default 60)
          --quiet-cores C       before each phase wait until other processes use at most C cores
                                (default 0.15; the machine is shared)
          --quiet-wait S        wait at most S seconds for that (default 180; 0: do not wait)
          --quick               smoke run, seconds: --duration 1 --warmup 0 --max-warmup 1 --quiet-wait 0
                                --connections 8 --users 50 --max-rate 2000 --e2e-rate 100 --e2e-users 50
                                --e2e-connections 4; targets are reported, not enforced (options after it
                                still apply)
          --connections N       concurrent connections of phases 1 and 2 (default 64)
          --users N             distinct senders in phase 2 (default 1000)
          --e2e-rate R          events per second of phase 3, open loop (default 500)
          --e2e-users N         distinct senders in phase 3 (default 1000)
          --e2e-connections N   connections available to phase 3 (default 32)
          --e2e-timeout S       how long phase 3 waits for the last replies (default 60)
          --max-rate R          pre-signed bodies for phase 2 = R × duration (default 20000)
          --intake-only         experiment: phase 2 events name an OA the host does not serve, so they
                                are stored as 'ignored' and no turn or reply runs (the intake path alone)
          --phases LIST         comma-separated subset of noop,webhook,e2e (default all three), and
                                writer-probe: a diagnosis of the inbox insert cost on one thread
          --host-dll PATH       the host to start (default src/ChatAssistant.Host/bin/Release/net10.0/ChatAssistant.Host.dll)
          --work-dir PATH       databases and host logs (default a new folder under /tmp)
          --markdown-out PATH   also write the result tables to this file
          --keep                keep the work folder afterwards
          --host-env KEY=VALUE  environment variable for the host process, for diagnosis (repeatable),
                                e.g. DOTNET_PerfMapEnabled=1 for perf
          --host-arg ARG        extra host argument, for experiments (repeatable),
                                e.g. --host-arg --Storage:Synchronous=NORMAL
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            switch (arg)
            {
                case "--duration": options.DurationSeconds = Number(); break;
                case "--warmup": options.WarmupSeconds = Number(); break;
                case "--quick":
                    options.Quick = true;
                    options.DurationSeconds = 1;
                    options.WarmupSeconds = 0;
                    options.MaxWarmupSeconds = 1;
                    options.QuietWaitSeconds = 0;
                    options.Connections = 8;
                    options.Users = 50;
                    options.MaxRate = 2000;
                    options.E2eRate = 100;
                    options.E2eUsers = 50;
                    options.E2eConnections = 4;
                    break;
                case "--max-warmup": options.MaxWarmupSeconds = Number(); break;
                case "--intake-only": options.IntakeOnly = true; break;
                case "--quiet-cores": options.QuietCores = Number(); break;
                case "--quiet-wait": options.QuietWaitSeconds = Number(); break;
                case "--connections": options.Connections = (int)Number(); break;
                case "--users": options.Users = (int)Number(); break;
                case "--e2e-rate": options.E2eRate = Number(); break;
                case "--e2e-users": options.E2eUsers = (int)Number(); break;
                case "--e2e-connections": options.E2eConnections = (int)Number(); break;
                case "--e2e-timeout": options.E2eReplyTimeoutSeconds = Number(); break;
                case "--max-rate": options.MaxRate = (int)Number(); break;
                case "--phases":
                    options.Phases.Clear();
                    foreach (var phase in Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        options.Phases.Add(phase is "noop" or "webhook" or "e2e" or "writer-probe"
                            ? phase
                            : throw new ArgumentException($"Unknown phase '{phase}': use noop, webhook, e2e, writer-probe."));
                    }
                    break;
                case "--host-dll": options.HostDll = Next(); break;
                case "--work-dir": options.WorkDirectory = Next(); break;
                case "--markdown-out": options.MarkdownOut = Next(); break;
                case "--keep": options.Keep = true; break;
                case "--host-arg": options.HostArguments.Add(Next()); break;
                case "--host-env":
                    var pair = Next();
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new ArgumentException("--host-env needs KEY=VALUE.");
                    }
                    options.HostEnvironment[pair[..eq]] = pair[(eq + 1)..];
                    break;
                default: throw new ArgumentException($"Unknown argument '{arg}'.");
            }
        }
        if (options.DurationSeconds <= 0 || options.WarmupSeconds < 0 || options.Connections <= 0 || options.Users <= 0
            || options.E2eRate <= 0 || options.E2eUsers <= 0 || options.E2eConnections <= 0 || options.MaxRate <= 0)
        {
            throw new ArgumentException("Durations, rates and counts must be positive.");
        }
        return options;
    }
}
