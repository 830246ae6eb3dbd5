using System.Diagnostics;
using ChatAssistant.Messaging.Inbox;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench.Conversation;

/// <summary>One measured run on a fresh database: insert the residents' messages, let the dispatcher run every turn, check.</summary>
internal sealed class ConversationRun(ConversationBenchOptions options, string workRoot)
{
    private const string CountPending = """
        SELECT COUNT(*) FROM inbox_messages WHERE status = 'pending'
        """;

    public async Task<(RunResult Result, Profile? Profile)> RunAsync(string label, InsertMode mode, string synchronous, int residents, bool profile)
    {
        var (othersBefore, quiet, waited) = options.QuietWaitSeconds > 0
            ? await MachineCpu.WaitForQuietAsync(options.QuietCores, TimeSpan.FromSeconds(options.QuietWaitSeconds))
            : (double.NaN, true, 0);
        if (!quiet)
        {
            Console.WriteLine(FormattableString.Invariant($"  the machine did not get quiet in {waited:0} s (other processes {othersBefore:0.00} cores); running anyway"));
        }

        var turns = residents * BenchContent.Script.Count;
        var timings = new TurnTimings(turns);
        var commits = new WriterCommits(options.CommitHook, byStatement: profile);
        var sample = profile ? new StateSample() : null;
        // Every run uses the same path, so the connection string stays the same: Dapper caches the code it
        // generates per connection string, and a new path would make each run pay the JIT for it again.
        var folder = Path.Combine(workRoot, "current");
        TryDelete(folder);
        var pipeline = PipelineUnderTest.Create(folder, synchronous, options.Settings, timings, commits, sample);
        try
        {
            var workload = Workload.Build(pipeline.AccountId, residents);
            using var poller = pipeline.OpenReader();
            var measured = await MeasureAsync(pipeline, poller, workload, mode, timings, commits);
            var result = new RunResult(
                label, mode, synchronous, residents, workload.Turns,
                measured.Seconds,
                measured.InsertSeconds,
                new Percentiles(timings.HandlerMilliseconds()),
                new Percentiles(timings.TurnMilliseconds(commits)),
                new Percentiles(timings.CommitWaitMilliseconds(commits)),
                new Percentiles(timings.QueueMilliseconds(commits)),
                new Percentiles(timings.StateLoadMilliseconds()),
                new Percentiles(timings.WriterMicrosecondsPerTurn()),
                new Percentiles(commits.CommitMilliseconds().Skip(measured.FirstCommit)),
                commits.Commits - measured.FirstCommit,
                measured.Writer,
                measured.Cpu,
                othersBefore,
                quiet,
                Verification.Check(poller, workload));
            return (result, profile ? Profile.Measure(pipeline, workload, commits, sample!) : null);
        }
        finally
        {
            await pipeline.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (options.Keep)
            {
                Directory.Move(folder, Path.Combine(workRoot, label));
            }
            else
            {
                TryDelete(folder);
            }
        }
    }

    private async Task<(double Seconds, double InsertSeconds, int FirstCommit, WriterUse Writer, CpuUse Cpu)> MeasureAsync(
        PipelineUnderTest pipeline, SqliteConnection poller, Workload workload, InsertMode mode, TurnTimings timings, WriterCommits commits)
    {
        var inbox = pipeline.Services.GetRequiredService<MessageInbox>();
        var dispatcher = pipeline.Dispatcher;
        // Leave the set-up's garbage behind so that it is not collected inside the measurement.
        GC.Collect();
        GC.WaitForPendingFinalizers();

        MachineCpu cpu;
        long start;
        double insertSeconds;
        (double Busy, double Cpu, double Commit, int Commits) writerBefore;
        if (mode == InsertMode.Upfront)
        {
            insertSeconds = await InsertAsync(inbox, workload, timings);
            cpu = new MachineCpu();
            writerBefore = (commits.BatchSeconds, commits.BatchCpuSeconds, commits.CommitSeconds, commits.Commits);
            start = Stopwatch.GetTimestamp();
            await dispatcher.StartAsync(CancellationToken.None);
        }
        else
        {
            await dispatcher.StartAsync(CancellationToken.None);
            cpu = new MachineCpu();
            writerBefore = (commits.BatchSeconds, commits.BatchCpuSeconds, commits.CommitSeconds, commits.Commits);
            start = Stopwatch.GetTimestamp();
            insertSeconds = await InsertAsync(inbox, workload, timings);
        }
        var deadline = start + (long)(options.TimeoutSeconds * Stopwatch.Frequency);
        while (poller.ExecuteScalar<long>(CountPending) > 0 && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10);
        }
        var polledEnd = Stopwatch.GetTimestamp();
        var cpuUse = cpu.Stop();
        await dispatcher.StopAsync(CancellationToken.None);

        // The run ends when the last turn's batch committed; the poll notices that up to 10 ms later.
        var end = timings.LastCommit(commits) is { } lastCommit && lastCommit <= polledEnd ? lastCommit : polledEnd;
        var seconds = (end - start) / (double)Stopwatch.Frequency;
        var writer = new WriterUse(
            (commits.BatchSeconds - writerBefore.Busy) / seconds,
            (commits.BatchCpuSeconds - writerBefore.Cpu) / seconds,
            (commits.CommitSeconds - writerBefore.Commit) / seconds);
        return (seconds, insertSeconds, writerBefore.Commits, writer, cpuUse);
    }

    /// <summary>Stores the messages round by round, each round as concurrent webhook requests would; returns the seconds it took.</summary>
    private static async Task<double> InsertAsync(MessageInbox inbox, Workload workload, TurnTimings timings)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var round in workload.Rounds)
        {
            // Each call queues its insert before returning, so rows get ids in the order of the calls.
            await Task.WhenAll(round.Select(async incoming =>
            {
                if (await inbox.StoreIncomingAsync(incoming).ConfigureAwait(false) is { } id)
                {
                    timings.Stored(id, Stopwatch.GetTimestamp());
                }
            }));
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static void TryDelete(string folder)
    {
        if (Directory.Exists(folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
