using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Bench.TipOffs;

/// <summary>
/// The "rekey" section: reports sealed with one key, then the service "restarted" with a new key and the old one kept for
/// reading, and one <see cref="TipOffRekeying.RekeyAsync"/> pass timed. A webhook-priority write is timed every 10 ms meanwhile,
/// to show what rekeying costs the rest of the service. Then every value is checked to open with the new key alone.
/// </summary>
internal static class RekeyBench
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--reports", "--work-dir", "--keep");
        var reports = options.Number("--reports", 100_000, quick: 500);
        var folder = options.Text("--work-dir") ?? Path.Combine(Path.GetTempPath(), "chatassistant-tipoffs-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(Line($"rekey: {reports:N0} reports, {Environment.ProcessorCount} cores, .NET {Environment.Version}, in {folder}{(options.Quick ? " (--quick)" : "")}"));
        try
        {
            await using var database = BenchDatabase.Create(folder);
            var (oldKey, newKey) = (BenchDatabase.NewKey(), BenchDatabase.NewKey());
            var before = new TipOffCipher(BenchDatabase.Keys(oldKey));
            await new ReceiptTagKey(database.Connections, database.Writer, before).EnsureAsync();
            var seeding = Stopwatch.StartNew();
            await database.SeedAsync(before, 1, reports);
            Console.WriteLine(Line($"  sealed and stored {reports:N0} reports in {seeding.Elapsed.TotalSeconds:0.0} s; database {database.FileBytes() / 1e6:0.0} MB"));

            var cipher = new TipOffCipher(BenchDatabase.Keys(newKey, oldKey));
            var rekeying = new TipOffRekeying(database.Connections, database.Writer, new ReceiptTagKey(database.Connections, database.Writer, cipher),
                cipher, new AuditLog(database.Writer, TimeProvider.System), TimeProvider.System, NullLogger<TipOffRekeying>.Instance);
            using var stopProbe = new CancellationTokenSource();
            var probe = ProbeAsync(database.Writer, stopProbe.Token);
            var timer = Stopwatch.StartNew();
            var pass = await rekeying.RekeyAsync();
            timer.Stop();
            await stopProbe.CancelAsync();
            var writes = await probe;

            var failures = Verify(database, newKey, reports);
            var seconds = timer.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine("| reports | values re-sealed | time | reports/s | values/s | webhook write during it p50 / p99 / max | checked |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            Console.WriteLine(Line($"| {reports:N0} | {pass.Values:N0} | {seconds:0.0} s | {reports / seconds:N0} | {pass.Values / seconds:N0} | {writes.P(50):0.0} / {writes.P(99):0.0} / {writes.Max:0.0} ms | {(failures == 0 ? "all open with the new key alone" : $"{failures} FAILED")} |"));
            Console.WriteLine();
            return failures == 0 && pass.Unreadable == 0 ? 0 : 1;
        }
        finally
        {
            if (!options.Flag("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Times an empty webhook-priority write every 10 ms: its wait is what the rekeying batches add to intake.</summary>
    private static async Task<Percentiles> ProbeAsync(SqliteWriter writer, CancellationToken stop)
    {
        var latencies = new List<double>();
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            await writer.WriteAsync((_, _) => 0, WritePriority.Intake);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            try
            {
                await Task.Delay(ProbeEvery, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return new Percentiles(latencies);
    }

    /// <summary>Counts values not sealed with the new key, and sampled reports whose text does not open to what was sealed, with the old key gone.</summary>
    private static long Verify(BenchDatabase database, string newKey, int reports)
    {
        var options = BenchDatabase.Keys(newKey);
        var cipher = new TipOffCipher(options);
        var current = cipher.Encrypt([], "key id")[..1];
        using var connection = database.Connections.Open();
        var stale = connection.ExecuteScalar<long>("""
            SELECT (SELECT count(*) FROM tipoffs WHERE substr(text_cipher, 1, 1) <> @current OR substr(contact_cipher, 1, 1) <> @current
                                                    OR substr(location_cipher, 1, 1) <> @current)
                 + (SELECT count(*) FROM tipoff_keys WHERE substr(sealed, 1, 1) <> @current)
            """, new { current });
        // Throws when the receipt tag key was left sealed with the old key: every receipt code would be lost.
        new ReceiptTagKey(database.Connections, database.Writer, cipher).Get();
        var wrong = 0L;
        foreach (var id in Enumerable.Range(0, 1000).Select(_ => (long)Random.Shared.Next(1, reports + 1)))
        {
            var text = connection.QuerySingle<byte[]>("SELECT text_cipher FROM tipoffs WHERE id = @id", new { id });
            wrong += cipher.DecryptString(text, TipOffStore.Context(id, "text")) == BenchDatabase.TextOf(id) ? 0 : 1;
        }
        return stale + wrong;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
