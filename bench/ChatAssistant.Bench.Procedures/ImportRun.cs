using System.Diagnostics;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Storage;

namespace ChatAssistant.Bench.Procedures;

/// <summary>One timed import, with a probe that times what a webhook write waits for the writer meanwhile.</summary>
internal sealed record ImportRun(string Name, DossierImportReport Report, double Seconds, double Cores, Percentiles Probe)
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(10);

    public double RowsPerSecond => Report.Accepted / Seconds;

    public static async Task<ImportRun> TimeAsync(string name, DossierImport import, SqliteWriter writer, string csv, string oaId)
    {
        using var stop = new CancellationTokenSource();
        var probe = ProbeAsync(writer, stop.Token);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        DossierImportReport report;
        await using (var file = new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            report = await import.ImportAsync(file, oaId);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cores = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / seconds;
        await stop.CancelAsync();
        return new ImportRun(name, report, seconds, cores, new Percentiles(await probe));
    }

    public string Summary() => DossierBench.Line(
        $"  {Name}: {Report.Accepted:N0} accepted ({Report.Inserted:N0} new, {Report.Updated:N0} updated, {Report.Unchanged:N0} unchanged), {Report.RejectedTotal:N0} rejected, {Seconds:0.0} s, {RowsPerSecond:N0} rows/s, {Cores:0.00} cores; intake write p99 {Probe.P(99):0.0} ms");

    /// <summary>Every 10 ms an empty intake-priority write: the time until its batch commits is what a webhook waits.</summary>
    private static async Task<List<double>> ProbeAsync(SqliteWriter writer, CancellationToken stop)
    {
        var waits = new List<double>();
        while (!stop.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            await writer.WriteAsync((_, _) => 0, WritePriority.Intake);
            waits.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            try
            {
                await Task.Delay(ProbeEvery, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return waits;
    }
}
