using System.Globalization;
using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Bench.Broadcasts;

/// <summary>
/// The "rate" section: one notice to 100,000 followers at the configured rate (default 4,000 a minute, Zalo's reported
/// app limit). After the first 10 s, the messages the fake Zalo API accepts in a window are counted against the rate.
/// </summary>
internal static class RateBench
{
    private const double TargetDeviation = 0.02;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan QuickSettle = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--followers", "--per-minute", "--window", "--work-dir", "--keep");
        var followers = options.Number("--followers", 100_000, quick: 1000);
        var perMinute = options.Number("--per-minute", 4000, quick: 3000);
        var window = TimeSpan.FromSeconds(options.Number("--window", 60, quick: 3));
        var settle = options.Quick ? QuickSettle : Settle;
        using var folder = new BenchFolder(options.Text("--work-dir"), options.Flag("--keep"));
        Console.WriteLine(Line($"rate: {followers:N0} followers, {perMinute:N0}/min, window {window.TotalSeconds:0} s after {settle.TotalSeconds:0} s, load {ThroughputBench.Load()}, in {folder.Path}{(options.Quick ? " (--quick)" : "")}"));
        await using var service = await BroadcastBenchService.StartAsync(folder.Path, perMinute);
        await service.SeedFollowersAsync(followers);

        var id = await service.SendToAllAsync();
        await service.Zalo.WaitForMessagesAsync(1, TimeSpan.FromMinutes(2));
        var first = service.Zalo.AcceptedMessages[0].ReceivedAt;
        var from = first + settle;
        var to = from + window;
        while (DateTimeOffset.UtcNow < to + TimeSpan.FromSeconds(1) && service.Report(id).Status == BroadcastStatus.Sending)
        {
            await Task.Delay(500);
        }
        await service.CancelAsync(id);
        var inWindow = service.Zalo.AcceptedMessages.Count(m => m.ReceivedAt >= from && m.ReceivedAt < to);
        var achieved = inWindow / window.TotalMinutes;
        var deviation = (achieved - perMinute) / perMinute;

        Console.WriteLine();
        Console.WriteLine("| configured | window | sent in window | achieved | deviation | load after |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | --- |");
        Console.WriteLine(Line($"| {perMinute:N0}/min | {window.TotalSeconds:0} s | {inWindow:N0} | {achieved:N0}/min | {deviation:+0.00%;-0.00%} | {ThroughputBench.Load()} |"));
        Console.WriteLine();
        if (inWindow == 0)
        {
            Console.Error.WriteLine("check failed: the fake Zalo API accepted nothing in the window");
            return 1;
        }
        if (Math.Abs(deviation) > TargetDeviation && !options.Quick)
        {
            Console.Error.WriteLine(Line($"target missed: {achieved:N0}/min is {deviation:+0.00%;-0.00%} off {perMinute:N0}/min"));
            return 2;
        }
        return 0;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
