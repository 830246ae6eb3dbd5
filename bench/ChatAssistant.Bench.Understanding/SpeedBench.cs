using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Testing.Understanding;
using ChatAssistant.Understanding;

namespace ChatAssistant.Bench.Understanding;

/// <summary>What understanding costs: learning at start-up, time per message, and memory.</summary>
internal static class SpeedBench
{
    public const double LearningTargetSeconds = 3;
    public const double MessageTargetMs = 1;
    public const double MemoryTargetMb = 100;

    public static Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var examples = BenchExamples.Load();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);

        // The first learning in a fresh process is what start-up pays: it includes loading and compiling ML.NET.
        var cold = Stopwatch.StartNew();
        var classifier = IntentClassifier.Train(examples.All);
        cold.Stop();
        var understander = new Understander(classifier, TimeProvider.System);
        var messages = EvaluationSet.Load().SelectMany(c => c.Turns).Select(t => t.Say).OfType<string>().ToList();
        foreach (var message in messages)
        {
            understander.Understand(message);
        }
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var after = Process.GetCurrentProcess().WorkingSet64;

        var warm = new List<double>();
        for (var i = 0; i < (quick ? 1 : 5); i++)
        {
            var run = Stopwatch.StartNew();
            IntentClassifier.Train(examples.All);
            warm.Add(run.Elapsed.TotalSeconds);
        }

        var timings = new List<double>();
        var rounds = quick ? 2 : 40;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var message in messages)
            {
                var start = Stopwatch.GetTimestamp();
                understander.Understand(message);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        timings.Sort();
        var p50 = timings[timings.Count / 2];
        var p99 = timings[(int)(timings.Count * 0.99)];
        var workingSetMb = (after - before) / 1e6;
        var managedMb = (managedAfter - managedBefore) / 1e6;

        Console.WriteLine($"## Understanding speed and size: {examples.All.Count} examples, {timings.Count} messages understood{(quick ? " (--quick)" : "")}");
        Console.WriteLine();
        Console.WriteLine("| measure | value | target |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine(Invariant($"| learning at start-up (first in process) | {cold.Elapsed.TotalSeconds:F2} s | ≤ {LearningTargetSeconds} s |"));
        Console.WriteLine(Invariant($"| learning again (median of {warm.Count}) | {warm.Order().ElementAt(warm.Count / 2):F2} s | |"));
        Console.WriteLine(Invariant($"| understanding one message p50 | {p50:F3} ms | |"));
        Console.WriteLine(Invariant($"| understanding one message p99 | {p99:F3} ms | ≤ {MessageTargetMs} ms |"));
        Console.WriteLine(Invariant($"| process working set added by learning and use | {workingSetMb:F0} MB | ≤ {MemoryTargetMb} MB |"));
        Console.WriteLine(Invariant($"| managed heap added (model and engines) | {managedMb:F1} MB | |"));
        Console.WriteLine();
        var met = cold.Elapsed.TotalSeconds <= LearningTargetSeconds && p99 <= MessageTargetMs && workingSetMb <= MemoryTargetMb;
        return Task.FromResult(quick || met ? 0 : 2);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
