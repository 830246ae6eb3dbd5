using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChatAssistant.Content;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bench.Procedures;

/// <summary>
/// The "dossiers" section: a generated list imported through the service's CSV import and single writer
/// (synchronous=FULL, as deployed), imported again (every row unchanged), then lookups as the chat runs them.
/// </summary>
internal static class DossierBench
{
    private const string OaId = "388613280878808645";
    private const int QuickWarmup = 1_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--rows", "--lookups", "--batch", "--work-dir", "--keep");
        var rows = options.Number("--rows", 1_000_000, quick: 2_000);
        var lookups = options.Number("--lookups", 100_000, quick: 1_000);
        var warmup = options.Quick ? QuickWarmup : LookupRun.DefaultWarmup;
        var batch = options.Number("--batch", new DossierOptions().ImportBatchSize);
        var workDir = options.Text("--work-dir");
        var keep = options.Flag("--keep") || workDir is not null;
        var folder = workDir ?? Path.Combine(Path.GetTempPath(), "chatassistant-procedures-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(Line($"dossiers: {rows:N0} rows, {lookups:N0} lookups, {Environment.ProcessorCount} cores, .NET {Environment.Version}, in {folder}{(options.Quick ? " (--quick)" : "")}"));
        try
        {
            var dialogs = DialogsFolder();
            var catalogue = ProcedureCatalogue.Load(Path.Combine(dialogs, ProcedureCatalogue.FolderName));
            var texts = ResidentTexts.Load(
                [Path.Combine(dialogs, ResidentTexts.FileName), Path.Combine(dialogs, ResidentTexts.FeatureFolderName, "dossiers.yaml")], DossierTexts.All);

            var csv = Path.Combine(folder, "dossiers.csv");
            var generating = Stopwatch.StartNew();
            DossierList.Write(csv, rows, catalogue);
            Console.WriteLine(Line($"  list written: {new FileInfo(csv).Length / 1e6:0.0} MB in {generating.Elapsed.TotalSeconds:0.0} s"));

            var storage = new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder, "bench.db")}", Synchronous = "FULL" };
            var connections = new SqliteConnectionFactory(Options.Create(storage));
            new Migrator(connections, NullLogger<Migrator>.Instance).Migrate();
            await using var writer = new SqliteWriter(connections, Options.Create(storage), NullLogger<SqliteWriter>.Instance);
            // The generated list gives no phone numbers, so the phone key is never made.
            var tipOffs = Options.Create(new ChatAssistant.Features.TipOffs.TipOffOptions { EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            var phones = new DossierPhoneCheck(new DossierPhoneKey(connections, writer, new ChatAssistant.Features.TipOffs.TipOffCipher(tipOffs)));
            var import = new DossierImport(writer, new CatalogueProcedures(catalogue), phones, TimeProvider.System, Options.Create(new DossierOptions { ImportBatchSize = batch }));

            var first = await ImportRun.TimeAsync("first import (all new)", import, writer, csv, OaId);
            Console.WriteLine(first.Summary());
            var second = await ImportRun.TimeAsync("same list again (all unchanged)", import, writer, csv, OaId);
            Console.WriteLine(second.Summary());
            var databaseMb = new FileInfo(Path.Combine(folder, "bench.db")).Length / 1e6;

            var lookup = LookupRun.Measure(new DossierStore(connections), new DossierAnswer(new DossierStore(connections), catalogue), texts, OaId, rows, lookups, warmup);
            Console.WriteLine();
            Console.WriteLine(Report(rows, batch, databaseMb, [first, second], lookup));
            var ok = first.Report.Inserted == rows && second.Report.Unchanged == rows && lookup.WrongAnswers == 0;
            if (!ok)
            {
                Console.Error.WriteLine(Line($"check failed: inserted {first.Report.Inserted:N0}, unchanged {second.Report.Unchanged:N0}, wrong answers {lookup.WrongAnswers:N0}"));
            }
            return ok ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Report(int rows, int batch, double databaseMb, ImportRun[] imports, LookupRun lookup)
    {
        var table = new System.Text.StringBuilder();
        table.AppendLine(Line($"### Dossiers: {rows:N0} rows ({databaseMb:0} MB database, synchronous=FULL, batches of {batch:N0} rows)"));
        table.AppendLine();
        table.AppendLine("| import | rows/s | seconds | process CPU (cores) | intake write while importing p50 / p99 / max (ms) |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var run in imports)
        {
            table.AppendLine(Line($"| {run.Name} | {run.RowsPerSecond:N0} | {run.Seconds:0.0} | {run.Cores:0.00} | {run.Probe.P(50):0.0} / {run.Probe.P(99):0.0} / {run.Probe.Max:0.0} |"));
        }
        table.AppendLine();
        table.AppendLine(Line($"Lookups as the chat runs them (code found in the message, read, answer written), one thread, {lookup.All.Count:N0} after {lookup.Warmup:N0} not counted:"));
        table.AppendLine();
        table.AppendLine("| lookups | count | p50 (µs) | p99 (µs) | p99.9 (µs) | max (µs) |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, sample) in new[] { ("all", lookup.All), ("found, typed as printed", lookup.Exact), ("found, lower case with spaces", lookup.Typed), ("not found", lookup.Missing) })
        {
            table.AppendLine(Line($"| {name} | {sample.Count:N0} | {sample.P(50):0} | {sample.P(99):0} | {sample.P(99.9):0} | {sample.Max:0} |"));
        }
        return table.ToString();
    }

    private static string DialogsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, ResidentTexts.FileName)))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("No dialogs/texts.yaml above the bench binaries.");
    }

    internal static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
