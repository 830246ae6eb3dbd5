using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Procedures.Search;

namespace ChatAssistant.Bench.Procedures;

/// <summary>
/// The "search" section: index build time and search latency on the real catalogue and on a generated one of
/// 5,000 entries, and the evaluation set's accuracy (bench/README.md, "Procedure benchmarks").
/// </summary>
internal static class SearchBench
{
    // About 50,000 timed searches per catalogue, whatever the number of questions (--quick: 2,000).
    private const int Searches = 50_000;
    private const int QuickSearches = 2_000;
    private const int BuildRuns = 12;
    private const int QuickBuildRuns = 3;

    public static Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--generated");
        var generated = options.Number("--generated", 5_000, quick: 300);
        var (searches, buildRuns) = options.Quick ? (QuickSearches, QuickBuildRuns) : (Searches, BuildRuns);
        var repository = RepositoryFolder.Find();
        var dialogs = Path.Combine(repository, "dialogs");
        var synonyms = Synonyms.Load(Path.Combine(dialogs, Synonyms.FileName));
        var evaluation = EvaluationSet.Load(Path.Combine(repository, "tests", "ChatAssistant.Tests", "Features", "Procedures", "evaluation.tsv"));

        var real = ProcedureCatalogue.Load(Path.Combine(dialogs, ProcedureCatalogue.FolderName));
        Console.WriteLine($"Search benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}{(options.Quick ? " (--quick)" : "")}");
        var realIndex = Measure("real catalogue", real, synonyms, evaluation.Questions, searches, buildRuns);
        var right = evaluation.Report(realIndex);

        using var folder = new GeneratedCatalogue(Path.Combine(dialogs, ProcedureCatalogue.FolderName), generated);
        var loadWatch = Stopwatch.StartNew();
        var big = ProcedureCatalogue.Load(folder.Path);
        var entries = big.Procedures.Count();
        Console.WriteLine($"generated catalogue: {entries:N0} entries read and checked in {loadWatch.Elapsed.TotalMilliseconds:N0} ms");
        Measure("generated catalogue", big, synonyms, [.. evaluation.Questions, .. folder.Questions], searches, buildRuns);

        // A search that finds nothing, or a generated catalogue that lost entries, would still print timings.
        var expected = Math.Max(generated, real.Procedures.Count());
        if (right == 0 || entries != expected)
        {
            Console.Error.WriteLine($"check failed: {right} in-scope evaluation questions answered right, {entries:N0} generated entries for {expected:N0}");
            return Task.FromResult(1);
        }
        return Task.FromResult(0);
    }

    private static ProcedureIndex Measure(string name, ProcedureCatalogue catalogue, Synonyms synonyms, IReadOnlyList<string> questions, int searches, int buildRuns)
    {
        var builds = new List<double>();
        ProcedureIndex index = null!;
        for (var run = 0; run < buildRuns; run++)
        {
            var started = Stopwatch.GetTimestamp();
            index = ProcedureIndex.Build(catalogue, synonyms);
            builds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var build = new Percentiles(builds.Skip(2));

        foreach (var question in questions)
        {
            index.Search(question); // warm-up: JIT and first-touch of the index
        }
        var passes = Math.Max(1, searches / questions.Count);
        var latencies = new List<double>(questions.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                index.Search(question);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        var search = new Percentiles(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {catalogue.Procedures.Count():N0} entries, index build median {build.P(50):0.0} ms; " +
            $"search over {questions.Count} questions x {passes}: p50 {search.P(50):0.000} ms, p99 {search.P(99):0.000} ms, max {search.Max:0.000} ms"));
        return index;
    }
}
