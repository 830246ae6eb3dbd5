using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Bench.Broadcasts;

/// <summary>
/// The "throughput" section: one notice to 100,000 followers with the rate set far above what the machine can do, so
/// the sender (feed, outbox, Zalo channel over HTTP, outcomes read back) runs flat out. Reports the sends per second
/// the fake Zalo API accepted, from its first to its last, and the time from "send" to the notice reported sent.
/// </summary>
internal static class ThroughputBench
{
    private const double TargetPerSecond = 1000;
    private const int Unlimited = 6_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--followers", "--work-dir", "--keep");
        var followers = options.Number("--followers", 100_000, quick: 500);
        using var folder = new BenchFolder(options.Text("--work-dir"), options.Flag("--keep"));
        Console.WriteLine(Line($"throughput: {followers:N0} followers, rate {Unlimited:N0}/min, {Environment.ProcessorCount} cores, load {Load()}, in {folder.Path}{(options.Quick ? " (--quick)" : "")}"));
        await using var service = await BroadcastBenchService.StartAsync(folder.Path, Unlimited);
        await service.SeedFollowersAsync(followers);

        var clock = Stopwatch.StartNew();
        var id = await service.SendToAllAsync();
        var started = clock.Elapsed;
        BroadcastReport report;
        var deadline = TimeSpan.FromMinutes(15);
        while ((report = service.Report(id)).Status != BroadcastStatus.Sent && clock.Elapsed < deadline)
        {
            await Task.Delay(250);
        }
        var finished = clock.Elapsed;
        var accepted = service.Zalo.AcceptedMessages;
        var span = accepted.Count > 1 ? (accepted[^1].ReceivedAt - accepted[0].ReceivedAt).TotalSeconds : double.NaN;
        var perSecond = (accepted.Count - 1) / span;
        // The first and the last tenth apart: the fake Zalo API counts its last minute's requests by scanning all it received.
        var tenth = accepted.Count / 10;
        double Rate(int from, int to) => to - from < 2 ? double.NaN : (to - from - 1) / (accepted[to - 1].ReceivedAt - accepted[from].ReceivedAt).TotalSeconds;

        Console.WriteLine();
        Console.WriteLine("| followers | recipients fixed in | sent at the fake | first → last send | sends/s | first tenth | last tenth | send → reported sent | load after |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        Console.WriteLine(Line($"| {followers:N0} | {started.TotalSeconds:0.00} s | {accepted.Count:N0} | {span:0.0} s | {perSecond:N0} | {Rate(0, tenth):N0}/s | {Rate(accepted.Count - tenth, accepted.Count):N0}/s | {finished.TotalSeconds:0.0} s | {Load()} |"));
        Console.WriteLine();
        var distinct = accepted.Select(m => m.UserId).Distinct().Count();
        if (report.Status != BroadcastStatus.Sent || report.Sent != followers || distinct != followers || accepted.Count != followers)
        {
            Console.Error.WriteLine(Line($"check failed: {report.Status}, {report.Sent:N0} reported sent, {accepted.Count:N0} accepted for {distinct:N0} followers"));
            return 1;
        }
        if (perSecond < TargetPerSecond && !options.Quick)
        {
            Console.Error.WriteLine(Line($"target missed: {perSecond:N0} sends/s < {TargetPerSecond:N0}"));
            return 2;
        }
        return 0;
    }

    internal static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
