using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Features.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Bench.Reminders;

/// <summary>
/// The "pending" section: reminders scheduled through <see cref="AppointmentReminders"/> (as booking calls it) into a
/// fresh Quartz SQLite store, then the service started again with all of them pending, and the store's size.
/// </summary>
internal static class PendingBench
{
    private const int TimedChanges = 500;
    private const int QuickTimedChanges = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--reminders", "--parallel", "--work-dir", "--keep");
        var reminders = options.Number("--reminders", 100_000, quick: 200);
        var parallel = options.Number("--parallel", 8);
        var timedChanges = options.Quick ? QuickTimedChanges : TimedChanges;
        var folder = options.Text("--work-dir") ?? Path.Combine(Path.GetTempPath(), "chatassistant-reminders-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(Line($"pending: {reminders:N0} reminders, {parallel} booking calls at once, {Environment.ProcessorCount} cores, .NET {Environment.Version}, in {folder}{(options.Quick ? " (--quick)" : "")}"));
        try
        {
            var appointments = new BenchAppointments();
            var store = Path.Combine(folder, ReminderStore.FileName);

            var firstStart = Stopwatch.StartNew();
            using (var host = BenchService.Build(folder, appointments))
            {
                await host.StartAsync();
                firstStart.Stop();
                var scheduling = await ScheduleAsync(host.Services.GetRequiredService<AppointmentReminders>(), appointments, reminders / 2, parallel);
                Console.WriteLine(Line($"  scheduled {reminders:N0} reminders in {scheduling.TotalSeconds:0.0} s: {reminders / scheduling.TotalSeconds:N0} reminders/s ({reminders / 2 / scheduling.TotalSeconds:N0} bookings/s)"));
                await host.StopAsync();
                Console.WriteLine(Line($"  first start (empty store, schema created): {firstStart.Elapsed.TotalMilliseconds:N0} ms"));

                var pendingCount = CountTriggers(store);
                var bytes = BenchService.FileBytes(store);
                Console.WriteLine(Line($"  store: {pendingCount:N0} triggers, {bytes / 1e6:0.0} MB ({bytes / (double)Math.Max(1, pendingCount):N0} bytes per reminder)"));

                var restart = Stopwatch.StartNew();
                using var again = BenchService.Build(folder, appointments);
                await again.StartAsync();
                restart.Stop();
                Console.WriteLine(Line($"  start with {pendingCount:N0} pending: {restart.Elapsed.TotalMilliseconds:N0} ms (host start, Quartz store opened and checked, scheduler running)"));

                var changes = await TimeChangesAsync(again.Services.GetRequiredService<AppointmentReminders>(), appointments, reminders / 2, timedChanges);
                Console.WriteLine(Line($"  reschedule with them pending ({timedChanges} calls of cancel + schedule): p50 {changes.P(50):0.0} ms, p99 {changes.P(99):0.0} ms, max {changes.Max:0.0} ms"));
                await again.StopAsync();

                Console.WriteLine();
                Console.WriteLine(Line($"| reminders | schedule rate | first start | start with them pending | store size | reschedule p50 / p99 |"));
                Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
                Console.WriteLine(Line($"| {pendingCount:N0} | {reminders / scheduling.TotalSeconds:N0}/s | {firstStart.Elapsed.TotalMilliseconds:N0} ms | {restart.Elapsed.TotalMilliseconds:N0} ms | {bytes / 1e6:0.0} MB | {changes.P(50):0.0} / {changes.P(99):0.0} ms |"));
                Console.WriteLine();
                if (pendingCount != reminders)
                {
                    Console.Error.WriteLine(Line($"check failed: {pendingCount:N0} triggers in the store, {reminders:N0} expected"));
                    return 1;
                }
                return 0;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!options.Flag("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Appointments spread over the next four weeks' office hours, each with both default reminders ahead.</summary>
    private static async Task<TimeSpan> ScheduleAsync(AppointmentReminders reminders, BenchAppointments appointments, int count, int parallel)
    {
        var today = DateTimeOffset.UtcNow.Date;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellationToken) =>
        {
            var start = new DateTimeOffset(today, TimeSpan.Zero).AddDays(2 + (i % 28)).AddHours(1 + (i % 32) * 0.25);
            await reminders.ScheduleAsync(appointments.Add(i, start), cancellationToken);
        });
        return watch.Elapsed;
    }

    private static async Task<Percentiles> TimeChangesAsync(AppointmentReminders reminders, BenchAppointments appointments, int count, int changes)
    {
        var times = new List<double>(changes);
        for (var i = 0; i < changes; i++)
        {
            var id = 1 + (i * 97 % count);
            var moved = appointments.Add(id, appointments.Find(id)!.Start.AddDays(1));
            var watch = Stopwatch.StartNew();
            await reminders.CancelAsync(id, default);
            await reminders.ScheduleAsync(moved, default);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new Percentiles(times);
    }

    private static long CountTriggers(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM QRTZ_TRIGGERS";
        return (long)command.ExecuteScalar()!;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
