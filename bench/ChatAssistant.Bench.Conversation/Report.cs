using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatAssistant.Bench.Conversation;

/// <summary>The Markdown tables of a benchmark: every run, the medians, the target, and the profile when there is one.</summary>
internal static class Report
{
    public static string Render(ConversationBenchOptions options, IReadOnlyList<RunResult> runs, (RunResult Run, Profile Profile)? profile, DateTimeOffset started)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant($"Run {started:yyyy-MM-dd HH:mm}–{DateTimeOffset.UtcNow:HH:mm} UTC on {Environment.ProcessorCount} cores ({RuntimeInformation.OSDescription}, .NET {Environment.Version}); {Source()}{(options.Quick ? "; --quick smoke run, figures not comparable with a full run" : "")}."));
        md.AppendLine(Invariant($"{options.Residents:N0} residents × {BenchContent.Script.Count} messages ({string.Join(" → ", BenchContent.Script.Select(s => $"\"{s}\""))}) = {options.Residents * BenchContent.Script.Count:N0} turns per run, each run on a fresh database; service settings {Settings(options)}."));
        md.AppendLine();
        md.AppendLine("Every run (times in ms; \"turn\" = handler start → commit of the batch holding the turn; \"queue\" = the row stored in the inbox → commit of the batch holding its turn):");
        md.AppendLine();
        md.AppendLine("| run | rows inserted | synchronous | turns done / failed | seconds | turns/s | handler p50 / p99 | turn p50 / p99 | queue p50 / p99 | commits (turns each) | COMMIT p50 / p99 | writer busy (its CPU, COMMIT) | bench process (cores) | other processes (cores) | check |");
        md.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var run in runs)
        {
            md.AppendLine(Invariant($"| {run.Label}{(run.Quiet ? "" : " (machine busy before)")} | {Mode(run.Mode)} in {run.InsertSeconds:0.00} s | {run.Synchronous} | {run.Check.Done:N0} / {run.Check.Failed} | {run.Seconds:0.00} | {run.TurnsPerSecond:N0} | {Pair(run.Handler)} | {Pair(run.Turn)} | {Pair(run.Queue, "0")} | {run.Commits:N0} ({run.TurnsPerCommit:0.#}) | {Pair(run.Commit)} | {Writer(run.Writer)} | {run.Cpu.BenchCores:0.00} | {run.Cpu.OtherCores:0.00} | {(run.Check.Passed ? "ok" : "**" + string.Join("; ", run.Check.Problems) + "**")} |"));
        }
        md.AppendLine();
        var others = runs.Select(r => r.Label + ": " + (r.Cpu.TopOthers.Count == 0 ? "none" : string.Join(", ", r.Cpu.TopOthers.Select(o => Invariant($"{o.Name} {o.Cores:0.00}")))));
        md.AppendLine("Busiest other processes during each run (cores): " + string.Join("; ", others) + ".");
        md.AppendLine();

        md.AppendLine("Medians per configuration:");
        md.AppendLine();
        md.AppendLine("| rows inserted | synchronous | runs | turns/s | handler p50 / p99 | turn p50 / p99 | queue p50 / p99 | other processes (cores) | bench CPU of the median run by thread (cores) |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var group in Configurations(runs))
        {
            var median = MedianRun(group);
            md.AppendLine(Invariant($"| {Mode(group[0].Mode)} | {group[0].Synchronous} | {group.Count} | **{Median(group, r => r.TurnsPerSecond):N0}** | {Median(group, r => r.Handler.P(50)):0.00} / {Median(group, r => r.Handler.P(99)):0.00} | {Median(group, r => r.Turn.P(50)):0.0} / {Median(group, r => r.Turn.P(99)):0.0} | {Median(group, r => r.Queue.P(50)):0} / {Median(group, r => r.Queue.P(99)):0} | {Median(group, r => r.Cpu.OtherCores):0.00} | {string.Join(", ", median.Cpu.Threads.Take(5).Select(t => Invariant($"{t.Name} {t.Cores:0.00}")))} |"));
        }
        md.AppendLine();

        md.AppendLine("| target | measured | met |");
        md.AppendLine("| --- | --- | --- |");
        var full = runs.Where(r => r.Mode == InsertMode.Streamed && r.Synchronous == "FULL").ToList();
        if (full.Count > 0)
        {
            var rate = Median(full, r => r.TurnsPerSecond);
            md.AppendLine(Invariant($"| ≥ {options.TargetTurnsPerSecond:N0} turns/s, inbox → turn → outbox, synchronous=FULL | {rate:N0}/s (median of {full.Count}; runs {string.Join(", ", full.Select(r => r.TurnsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))}) | {(rate >= options.TargetTurnsPerSecond ? "yes" : Invariant($"**no** ({(rate / options.TargetTurnsPerSecond) - 1:+0%;-0%})"))} |"));
            md.AppendLine(Invariant($"| p50 and p99 turn time reported | handler {Median(full, r => r.Handler.P(50)):0.00} / {Median(full, r => r.Handler.P(99)):0.00} ms; incl. commit {Median(full, r => r.Turn.P(50)):0.0} / {Median(full, r => r.Turn.P(99)):0.0} ms | reported |"));
        }
        md.AppendLine(Invariant($"| every turn done, none failed, every resident's last reply is the completion text | {runs.Count(r => r.Check.Passed)} of {runs.Count} runs | {(runs.All(r => r.Check.Passed) ? "yes" : "**no**")} |"));

        if (profile is { } p)
        {
            AppendProfile(md, p.Run, p.Profile);
        }
        return md.ToString();
    }

    private static void AppendProfile(StringBuilder md, RunResult run, Profile profile)
    {
        md.AppendLine();
        md.AppendLine(Invariant($"Profile run ({Mode(run.Mode)}, {run.Synchronous}; its own instrumentation slows it, so its figures are not comparable): {run.TurnsPerSecond:N0} turns/s, {run.Check.Done:N0} turns in {run.Seconds:0.00} s, {run.Commits:N0} commits, writer busy {Writer(run.Writer)}, bench process {run.Cpu.BenchCores:0.00}, other processes {run.Cpu.OtherCores:0.00}."));
        md.AppendLine();
        md.AppendLine(Invariant($"- handler (ConversationEngine.HandleAsync): p50 {run.Handler.P(50):0.000} ms, mean {run.Handler.Mean:0.000} ms; of which the state load (ConversationStateStore.Load in the middleware): p50 {run.StateLoad.P(50):0.000} ms, mean {run.StateLoad.Mean:0.000} ms"));
        md.AppendLine(Invariant($"- wait from the handler's end to its batch's commit: p50 {run.CommitWait.P(50):0.0} ms, p99 {run.CommitWait.P(99):0.0} ms"));
        md.AppendLine(Invariant($"- writer thread per turn for the handler's writes (state, resident, transcript; between two marks): p50 {run.WriterPerTurn.P(50):0} µs, mean {run.WriterPerTurn.Mean:0} µs"));
        md.AppendLine();
        var writerMs = run.Seconds * 1000;
        md.AppendLine("Statements the writer ran, as SQLite's profile hook timed them (the text is cut at 90 characters):");
        md.AppendLine();
        md.AppendLine("| statement | count | per turn | µs each | ms in all | share of the run's wall time |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (sql, count, ms) in profile.WriterStatements.Take(14))
        {
            md.AppendLine(Invariant($"| `{sql.Replace("|", "\\|", StringComparison.Ordinal)}` | {count:N0} | {(double)count / Math.Max(1, run.Check.Done):0.00} | {ms * 1000 / count:0.0} | {ms:N0} | {ms / writerMs:0.0%} |"));
        }
        var total = profile.WriterStatements.Sum(s => s.Milliseconds);
        md.AppendLine(Invariant($"| all statements | {profile.WriterStatements.Sum(s => s.Count):N0} | | | {total:N0} | {total / writerMs:0.0%} |"));
        md.AppendLine();
        md.AppendLine(Invariant($"Single thread, dispatcher stopped, on the run's database (the largest state of the run is {profile.StateJsonBytes:N0} bytes of JSON):"));
        md.AppendLine();
        md.AppendLine("| call | µs each |");
        md.AppendLine("| --- | ---: |");
        foreach (var (what, us) in profile.SingleThread)
        {
            md.AppendLine(Invariant($"| {what} | {us:0.0} |"));
        }
        md.AppendLine();
        md.AppendLine("A turn's writes replayed on one thread and one connection, in transactions of 16 turns (the run's database and synchronous level), µs per turn:");
        md.AppendLine();
        md.AppendLine("| write | µs per turn |");
        md.AppendLine("| --- | ---: |");
        foreach (var (what, us) in profile.WriterPerTurn)
        {
            md.AppendLine(Invariant($"| {what} | {us:0.0} |"));
        }
        var asNow = profile.WriterPerTurn.Where(w => !w.What.StartsWith("alternative", StringComparison.Ordinal)).Sum(w => w.Microseconds);
        md.AppendLine(Invariant($"| all of a turn's writes as the service runs them, COMMIT share included | {asNow:0.0} |"));
    }

    private static List<List<RunResult>> Configurations(IReadOnlyList<RunResult> runs) =>
        [.. runs.GroupBy(r => (r.Mode, r.Synchronous)).Select(g => g.ToList())];

    private static RunResult MedianRun(List<RunResult> group) => group.OrderBy(r => r.TurnsPerSecond).ElementAt(group.Count / 2);

    private static double Median(IReadOnlyList<RunResult> runs, Func<RunResult, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Pair(Percentiles p, string format = "0.00") =>
        p.Count == 0 ? "–" : p.P(50).ToString(format, CultureInfo.InvariantCulture) + " / " + p.P(99).ToString(format, CultureInfo.InvariantCulture);

    private static string Writer(WriterUse writer) =>
        double.IsNaN(writer.Busy) || writer.Busy == 0 ? "–" : Invariant($"{writer.Busy:0%} ({writer.Cpu:0%}, {writer.Commit:0%})");

    private static string Mode(InsertMode mode) => mode == InsertMode.Streamed ? "streamed" : "up front";

    private static string Settings(ConversationBenchOptions options) =>
        options.Settings.Count == 0 ? "as shipped (32 concurrent turns, write batches of at most 512)" : string.Join(", ", options.Settings.Select(s => $"{s.Key}={s.Value}"));

    /// <summary>The commit of the source measured, and whether src/ had uncommitted changes.</summary>
    private static string Source()
    {
        var head = Git("rev-parse --short HEAD");
        var dirty = Git("status --porcelain -- src");
        return head is null ? "source commit unknown" : $"src at commit `{head}`" + (string.IsNullOrEmpty(dirty) ? "" : " plus uncommitted changes in src/");
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            var output = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
