using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;

namespace ChatAssistant.Bench.TipOffs;

/// <summary>
/// The "receipts" section: a table of many reports, of which a few hold codes known to the bench (stored with the service's
/// PBKDF2 count), and <see cref="TipOffStore.FindByReceipt"/> timed for those codes (index lookup, the slow hash, the report
/// opened) and for codes nobody holds (index lookup only). The rest of the rows have random tags, salts and hashes, which is
/// what the index sees of real ones.
/// </summary>
internal static class ReceiptBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--reports", "--lookups", "--iterations", "--work-dir", "--keep");
        var reports = options.Number("--reports", 100_000, quick: 500);
        var lookups = Math.Min(options.Number("--lookups", 200, quick: 20), reports);
        // A smoke run hashes with the fewest iterations the service accepts (10,000): the same code, a tenth of the time.
        var iterations = options.Number("--iterations", new TipOffOptions().ReceiptHashIterations, quick: 10_000);
        var folder = options.Text("--work-dir") ?? Path.Combine(Path.GetTempPath(), "chatassistant-tipoffs-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(Line($"receipts: {reports:N0} reports, {lookups} lookups each found and unknown, PBKDF2 {iterations:N0} iterations, {Environment.ProcessorCount} cores, in {folder}{(options.Quick ? " (--quick)" : "")}"));
        try
        {
            await using var database = BenchDatabase.Create(folder);
            var keys = BenchDatabase.Keys(BenchDatabase.NewKey());
            keys.Value.ReceiptHashIterations = iterations;
            var cipher = new TipOffCipher(keys);
            var tagKey = new ReceiptTagKey(database.Connections, database.Writer, cipher);
            await tagKey.EnsureAsync();
            var hasher = new ReceiptHasher(tagKey, keys);
            var store = new TipOffStore(database.Connections, database.Writer, cipher, hasher, TimeProvider.System);

            // The known reports are spread through the table, ids first..last in steps, so lookups do not all hit one end of it.
            var step = reports / lookups;
            var codes = new ConcurrentDictionary<long, (string Code, StoredReceipt Receipt)>();
            Parallel.For(0, lookups, i =>
            {
                var code = ReceiptCode.New();
                codes[(long)(i + 1) * step] = (code, hasher.Protect(code));
            });
            var seeding = Stopwatch.StartNew();
            await database.SeedAsync(cipher, 1, reports, id => codes.TryGetValue(id, out var known) ? known.Receipt : null!);
            Console.WriteLine(Line($"  stored {reports:N0} reports in {seeding.Elapsed.TotalSeconds:0.0} s; database {database.FileBytes() / 1e6:0.0} MB"));

            // Warm-up: JIT, the connection pool, the index pages in the cache.
            foreach (var (id, known) in codes.Take(5))
            {
                store.FindByReceipt(BenchDatabase.OaOf(id), ReceiptCode.Format(known.Code));
            }

            var wrong = 0;
            var found = new List<double>(lookups);
            foreach (var (id, known) in codes)
            {
                var started = Stopwatch.GetTimestamp();
                var report = store.FindByReceipt(BenchDatabase.OaOf(id), ReceiptCode.Format(known.Code));
                found.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                wrong += report?.Id == id && report.Text == BenchDatabase.TextOf(id) ? 0 : 1;
            }
            var unknown = new List<double>(lookups);
            for (var i = 0; i < lookups; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var report = store.FindByReceipt(BenchDatabase.OaOf(i), ReceiptCode.Format(ReceiptCode.New()));
                unknown.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                wrong += report is null ? 0 : 1;
            }
            var hashOnly = codes.Values.Take(50).Select(known =>
            {
                var started = Stopwatch.GetTimestamp();
                hasher.Matches(known.Code, known.Receipt.Salt, known.Receipt.Hash);
                return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }).ToList();

            var (f, u, h) = (new Percentiles(found), new Percentiles(unknown), new Percentiles(hashOnly));
            Console.WriteLine();
            Console.WriteLine("| reports | PBKDF2 iterations | found p50 / p99 | unknown code p50 / p99 | of which PBKDF2 alone p50 | checked |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | --- |");
            Console.WriteLine(Line($"| {reports:N0} | {iterations:N0} | {f.P(50):0.00} / {f.P(99):0.00} ms | {u.P(50):0.000} / {u.P(99):0.000} ms | {h.P(50):0.00} ms | {(wrong == 0 ? "every lookup right" : $"{wrong} WRONG")} |"));
            Console.WriteLine();
            return wrong == 0 ? 0 : 1;
        }
        finally
        {
            if (!options.Flag("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
