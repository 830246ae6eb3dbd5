using System.Globalization;
using ChatAssistant.Bench;
using ChatAssistant.Testing;

BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 64;
}

var repoRoot = RepoRoot.Find();
// The host the bench's own build built beside it (the project reference builds it in the same configuration).
var hostDll = options.HostDll ?? Path.Combine(repoRoot, "src", "ChatAssistant.Host", "bin", RepoRoot.Configuration, "net10.0", "ChatAssistant.Host.dll");
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine($"No host build at {hostDll}. Build first: dotnet build -c {RepoRoot.Configuration} bench/ChatAssistant.Bench");
    return 66;
}
var runTag = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var workDir = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"chatassistant-bench-{runTag}");
Directory.CreateDirectory(workDir);

var shape = new EventShape(AppId: "360846524940903967", Secret: "bench-secret", OaId: "388613280878808645", Text: "xin chào");
const string AccessToken = "bench-access-token";
const string RefreshToken = "bench-refresh-token";
var report = new Report(options, Environment.ProcessorCount)
{
    HostBuild = options.HostDll is null ? RepoRoot.Describe(repoRoot) : $"{hostDll} (--host-dll)",
};
var log = new Action<string>(line => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}"));
log($"Host: {(options.HostDll is null ? $"{hostDll} ({report.HostBuild})" : report.HostBuild)}");
log($"Work folder: {workDir}");

var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
var maxWarmup = TimeSpan.FromSeconds(Math.Max(options.WarmupSeconds, options.MaxWarmupSeconds));
var duration = TimeSpan.FromSeconds(options.DurationSeconds);
Task Quiet(int hostPid) => options.QuietWaitSeconds > 0
    ? QuietMachine.WaitAsync(hostPid, options.QuietCores, TimeSpan.FromSeconds(options.QuietWaitSeconds), log)
    : Task.CompletedTask;

if (options.Phases.Contains("noop") || options.Phases.Contains("webhook"))
{
    // Phases 1 and 2 share one host: replies of the webhook phase go to a cheap sink.
    await using var sink = await ReplySink.StartAsync();
    var database = Path.Combine(workDir, "throughput.db");
    var host = await HostProcess.StartAsync(
        new HostSettings(hostDll, repoRoot, database, Path.Combine(workDir, "host-throughput.log"), sink.BaseUrl, shape, AccessToken, RefreshToken, options.HostEnvironment, options.HostArguments),
        TimeSpan.FromSeconds(60));
    await using (host)
    {
        log($"Host pid {host.Pid} listening on {host.HostHeader}");
        if (options.Phases.Contains("noop"))
        {
            var requests = RequestArena.Build(shape, "/diagnostics/noop", host.HostHeader, $"noop-{runTag}-", 4096, i => i % options.Users);
            var cursor = new ClosedLoopLoad.Cursor(0);
            log($"Phase 1 (no-op): warm-up, then {duration.TotalSeconds} s with {options.Connections} connections");
            await Quiet(host.Pid);
            using (var settled = Warmup.WhenJitIdle(host.Pid, warmup, maxWarmup, log))
            {
                await ClosedLoopLoad.RunAsync("no-op warm-up", host.EndPoint, requests, cursor, cycle: true, options.Connections, maxWarmup, null, host.Pid, settled.Token);
            }
            report.NoOp = await ClosedLoopLoad.RunAsync("POST /diagnostics/noop", host.EndPoint, requests, cursor, cycle: true, options.Connections, duration, null, host.Pid);
            log(Report.Line(report.NoOp));
        }
        if (options.Phases.Contains("webhook"))
        {
            // --intake-only: an OA the host does not serve, so events are stored as 'ignored' and no turn runs.
            var eventShape = options.IntakeOnly ? shape with { OaId = "388613280878808999" } : shape;
            var warmupCount = (int)Math.Max(1000, options.MaxRate * options.WarmupSeconds);
            var count = (int)Math.Min(int.MaxValue - 1, options.MaxRate * options.DurationSeconds);
            log($"Phase 2 (webhook{(options.IntakeOnly ? ", intake only" : "")}): building {warmupCount + count:N0} pre-signed requests");
            var warmupRequests = RequestArena.Build(eventShape, "/webhooks/zalo", host.HostHeader, $"wu-{runTag}-", warmupCount, i => i % options.Users);
            var requests = RequestArena.Build(eventShape, "/webhooks/zalo", host.HostHeader, $"wh-{runTag}-", count, i => i % options.Users);
            log($"  {(warmupRequests.Bytes + requests.Bytes) / (1024 * 1024)} MiB of requests; warm-up, then {duration.TotalSeconds} s with {options.Connections} connections");
            await Quiet(host.Pid);
            var warmupOutcomes = new RequestOutcome[warmupRequests.Count];
            var outcomes = new RequestOutcome[requests.Count];
            using (var settled = Warmup.WhenJitIdle(host.Pid, warmup, maxWarmup, log))
            {
                // Once its bodies are used up the warm-up sends them again: redeliveries, answered 200 and not stored twice.
                report.WebhookWarmup = await ClosedLoopLoad.RunAsync("webhook warm-up", host.EndPoint, warmupRequests, new ClosedLoopLoad.Cursor(0), cycle: true,
                    options.Connections, maxWarmup, warmupOutcomes, host.Pid, settled.Token);
            }
            log(Report.Line(report.WebhookWarmup));
            var repliesBefore = sink.Received;
            report.Webhook = await ClosedLoopLoad.RunAsync("POST /webhooks/zalo", host.EndPoint, requests, new ClosedLoopLoad.Cursor(0), cycle: false,
                options.Connections, duration, outcomes, host.Pid);
            report.RepliesDuringWebhook = sink.Received - repliesBefore;
            report.HostFootprint = host.Footprint();
            log(Report.Line(report.Webhook));

            log("Killing the host (SIGKILL) and counting inbox rows");
            await host.KillAsync();
            var acknowledged = new List<string>();
            for (var i = 0; i < warmupOutcomes.Length; i++)
            {
                if (warmupOutcomes[i] == RequestOutcome.Ok)
                {
                    acknowledged.Add(EventShape.MessageId($"wu-{runTag}-", i));
                }
            }
            for (var i = 0; i < outcomes.Length; i++)
            {
                if (outcomes[i] == RequestOutcome.Ok)
                {
                    acknowledged.Add(EventShape.MessageId($"wh-{runTag}-", i));
                }
            }
            report.AcknowledgedTotal = acknowledged.Count;
            report.NotAcknowledgedTotal = warmupOutcomes.Concat(outcomes).LongCount(o => o is RequestOutcome.OtherStatus or RequestOutcome.Error);
            report.Inbox = InboxCheck.Count(database, acknowledged);
            log($"  acknowledged {acknowledged.Count:N0} distinct events (warm-up included), inbox rows {report.Inbox.Rows:N0}, acknowledged but missing {report.Inbox.AcknowledgedMissing:N0}");
        }
    }
}

if (options.Phases.Contains("e2e"))
{
    var clock = new MonotonicClock();
    await using var fake = await FakeZaloApi.StartAsync(clock);
    fake.IssueTokens(AccessToken, RefreshToken);
    var database = Path.Combine(workDir, "e2e.db");
    await using var host = await HostProcess.StartAsync(
        new HostSettings(hostDll, repoRoot, database, Path.Combine(workDir, "host-e2e.log"), fake.BaseUrl, shape, AccessToken, RefreshToken, options.HostEnvironment, options.HostArguments),
        TimeSpan.FromSeconds(60));
    log($"Host pid {host.Pid} listening on {host.HostHeader}; fake Zalo API at {fake.BaseUrl}");

    // Users take turns in one fixed, shuffled order: each sends exactly every users/rate seconds.
    var order = Enumerable.Range(0, options.E2eUsers).ToArray();
    new Random(20_250_101).Shuffle(order);
    var timeout = TimeSpan.FromSeconds(options.E2eReplyTimeoutSeconds);

    var warmupEvents = (int)(options.E2eRate * maxWarmup.TotalSeconds);
    var warmupUsers = Enumerable.Range(0, warmupEvents).Select(i => order[i % order.Length]).ToArray();
    var warmupRequests = RequestArena.Build(shape, "/webhooks/zalo", host.HostHeader, $"e2e-wu-{runTag}-", warmupEvents, i => warmupUsers[i]);
    log($"Phase 3 (end to end): warm-up at {options.E2eRate}/s until the host's JIT is idle");
    await Quiet(host.Pid);
    using (var settled = Warmup.WhenJitIdle(host.Pid, warmup, maxWarmup, log))
    {
        var warm = await OpenLoopLoad.RunAsync(host.EndPoint, warmupRequests, warmupUsers, options.E2eRate, options.E2eConnections,
            fake, clock, timeout, "Xin chào!", host.Pid, settled.Token);
        log($"  warm-up: {warm.Events:N0} events, {warm.RepliesAccepted:N0} replies, e2e p99 {warm.EndToEnd.P99:F1} ms");
    }

    var events = (int)(options.E2eRate * options.DurationSeconds);
    var userOf = Enumerable.Range(0, events).Select(i => order[i % order.Length]).ToArray();
    var requests = RequestArena.Build(shape, "/webhooks/zalo", host.HostHeader, $"e2e-{runTag}-", events, i => userOf[i]);
    log($"  measured: {options.E2eRate}/s open loop over {options.E2eUsers} users, {events:N0} events");
    report.EndToEnd = await OpenLoopLoad.RunAsync(host.EndPoint, requests, userOf, options.E2eRate, options.E2eConnections,
        fake, clock, timeout, "Xin chào!", host.Pid);
    log(Report.Line(report.EndToEnd));
}

if (options.Phases.Contains("writer-probe"))
{
    log("Writer probe: inbox inserts on one thread, as the host's writer does them and with the suggested changes");
    report.WriterProbe = WriterProbe.Run(repoRoot, workDir, batches: 500, log);
}

var markdown = report.ToMarkdown(DateTime.UtcNow);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.MarkdownOut is { } path)
{
    await File.WriteAllTextAsync(path, markdown);
}
if (!options.Keep && options.WorkDirectory is null)
{
    Directory.Delete(workDir, recursive: true);
}
else
{
    log($"Kept {workDir}");
}
// 0: all checks and targets met; 1: a correctness check failed (lost events, missing replies); 2: a performance target missed
// (a --quick smoke run reports the targets without enforcing them).
return report.CorrectnessFailed ? 1 : report.TargetMissed && !options.Quick ? 2 : 0;

internal static class RepoRoot
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>The folder holding ChatAssistant.sln, looked for upwards from the program and from the current folder.</summary>
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatAssistant.sln")) && Directory.Exists(Path.Combine(dir.FullName, "dialogs")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Run the bench from inside the repository: no ChatAssistant.sln with dialogs/ above it.");
    }

    /// <summary>The commit the host was built from, and whether src/ differed from it (read-only git calls).</summary>
    public static string Describe(string root)
    {
        var commit = Git(root, "rev-parse", "--short", "HEAD");
        if (commit is null)
        {
            return "not a git checkout";
        }
        var changes = Git(root, "--no-optional-locks", "status", "--porcelain", "--untracked-files=no", "--", "src");
        return string.IsNullOrWhiteSpace(changes) ? $"commit {commit}" : $"commit {commit} + uncommitted changes in src/";
    }

    private static string? Git(string root, params string[] args)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
