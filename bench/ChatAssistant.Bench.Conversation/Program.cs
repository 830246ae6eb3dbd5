using System.Globalization;
using ChatAssistant.Bench.Conversation;
using Microsoft.Data.Sqlite;

// The conversation pipeline benchmark: see bench/README.md, "Conversation pipeline benchmark".
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(ConversationBenchOptions.Usage);
    return 0;
}
ConversationBenchOptions options;
try
{
    options = ConversationBenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(ConversationBenchOptions.Usage);
    return 64;
}

var started = DateTimeOffset.UtcNow;
var workRoot = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "chatassistant-conversation-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(workRoot);
var runner = new ConversationRun(options, workRoot);
var runs = new List<RunResult>();
(RunResult, Profile)? profile = null;
try
{
    if (options.WarmupResidents > 0)
    {
        // The first turns of a process run unoptimised code, and the JIT recompiles hot methods for a while on
        // a thread of its own: warm-up runs go on until that thread is idle, so it does not share the 2 cores.
        for (var warmup = 1; warmup <= 8; warmup++)
        {
            Console.WriteLine(Line($"warm-up {warmup}: {options.WarmupResidents} residents (not reported)"));
            var (run, _) = await runner.RunAsync($"warmup-{warmup}", InsertMode.Streamed, options.Synchronous[0], options.WarmupResidents, profile: false);
            var jit = run.Cpu.Threads.Where(t => t.Name.StartsWith(".NET Tiered", StringComparison.Ordinal)).Sum(t => t.Cores);
            Console.WriteLine(Line($"  {run.TurnsPerSecond:N0} turns/s, JIT thread {jit:0.00} cores, {(run.Check.Passed ? "checks passed" : string.Join("; ", run.Check.Problems))}"));
            // A short run can end before the JIT's tiering delay has passed, so a single idle reading proves nothing.
            if (warmup >= 3 && jit < 0.03)
            {
                break;
            }
        }
    }
    // Repetitions go round the configurations, so that a change in the machine's load spreads over all of them.
    for (var repeat = 1; repeat <= options.Runs; repeat++)
    {
        foreach (var synchronous in options.Synchronous)
        {
            foreach (var mode in options.Modes)
            {
                var label = Line($"{(mode == InsertMode.Streamed ? "streamed" : "upfront")}-{synchronous.ToLowerInvariant()}-{repeat}");
                Console.WriteLine(Line($"{label}: {options.Residents} residents"));
                var (run, _) = await runner.RunAsync(label, mode, synchronous, options.Residents, profile: false);
                runs.Add(run);
                Console.WriteLine(Line($"  {run.TurnsPerSecond:N0} turns/s ({run.Check.Done:N0} turns in {run.Seconds:0.00} s), handler p50 {run.Handler.P(50):0.00} ms p99 {run.Handler.P(99):0.00} ms, turn p50 {run.Turn.P(50):0.0} ms p99 {run.Turn.P(99):0.0} ms, other processes {run.Cpu.OtherCores:0.00} cores, {(run.Check.Passed ? "checks passed" : string.Join("; ", run.Check.Problems))}"));
            }
        }
    }
    if (options.Profile)
    {
        Console.WriteLine(Line($"profile: {options.Residents} residents, streamed, {options.Synchronous[0]}"));
        var (run, measured) = await runner.RunAsync("profile", InsertMode.Streamed, options.Synchronous[0], options.Residents, profile: true);
        profile = (run, measured!);
    }
}
finally
{
    if (!options.Keep)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(workRoot, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"Could not remove {workRoot}.");
        }
    }
}

var markdown = Report.Render(options, runs, profile, started);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.MarkdownOut is { } path)
{
    File.WriteAllText(path, markdown);
}

if (runs.Any(r => !r.Check.Passed) || profile is { Item1.Check.Passed: false })
{
    return 1;
}
var streamedFull = runs.Where(r => r.Mode == InsertMode.Streamed && r.Synchronous == "FULL").Select(r => r.TurnsPerSecond).Order().ToList();
// A smoke run is too small for the target: it reports it, and fails only on a check.
return !options.Quick && streamedFull.Count > 0 && streamedFull[streamedFull.Count / 2] < options.TargetTurnsPerSecond ? 2 : 0;

static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
