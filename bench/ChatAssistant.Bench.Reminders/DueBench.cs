using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Bench.Reminders;

/// <summary>
/// The "due" section: reminders all due at the same instant, run by the real job (appointment re-read, 7-day window,
/// outbox row and delivery record in one write), then delivered by the outbox sender to the development sink.
/// Lateness is measured from the due time to the record (the job ran) and to the sink (the message left).
/// </summary>
internal static class DueBench
{
    private const double TargetP99Seconds = 5;
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan QuickLead = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--reminders", "--threads", "--work-dir", "--keep");
        var count = options.Number("--reminders", 1000, quick: 20);
        var lead = options.Quick ? QuickLead : Lead;
        var threads = options.Number("--threads", new ReminderOptions().MaxConcurrentReminders);
        var folder = options.Text("--work-dir") ?? Path.Combine(Path.GetTempPath(), "chatassistant-reminders-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(Line($"due: {count:N0} reminders due at the same instant, {threads} Quartz threads, {Environment.ProcessorCount} cores, in {folder}{(options.Quick ? " (--quick)" : "")}"));
        try
        {
            var appointments = new BenchAppointments();
            using var host = BenchService.Build(folder, appointments, new Dictionary<string, string?>
            {
                // One rule, so that every appointment has exactly one reminder and all come due together.
                ["Reminders:Rules:0:Before"] = "01:00:00",
                ["Reminders:MaxConcurrentReminders"] = threads.ToString(CultureInfo.InvariantCulture),
            });
            await host.StartAsync();
            var services = host.Services;
            await OpenWindowsAsync(services, count);

            var due = DateTimeOffset.UtcNow + lead;
            due = due.AddTicks(-(due.Ticks % TimeSpan.TicksPerSecond));
            var scheduling = Stopwatch.StartNew();
            var reminders = services.GetRequiredService<AppointmentReminders>();
            for (var i = 1; i <= count; i++)
            {
                await reminders.ScheduleAsync(appointments.Add(i, due.AddHours(1)), default);
            }
            Console.WriteLine(Line($"  scheduled in {scheduling.Elapsed.TotalSeconds:0.0} s; due at {due:HH:mm:ss} UTC"));
            if (DateTimeOffset.UtcNow >= due)
            {
                Console.Error.WriteLine("Scheduling took longer than the lead time; use fewer reminders.");
                return 1;
            }

            var connections = services.GetRequiredService<SqliteConnectionFactory>();
            var finished = await WaitAsync(connections, count, due + TimeSpan.FromMinutes(options.Quick ? 1 : 5));
            var ran = Lateness(connections, "SELECT done_at - due_at FROM reminder_deliveries", 0);
            var delivered = Lateness(connections, "SELECT created_at FROM dev_sink_messages", due.ToUnixTimeMilliseconds());
            await host.StopAsync();

            Console.WriteLine();
            Console.WriteLine("| reminders | threads | measured to | p50 | p99 | max |");
            Console.WriteLine("| ---: | ---: | --- | ---: | ---: | ---: |");
            Console.WriteLine(Row(count, threads, "job ran (outcome recorded)", ran));
            Console.WriteLine(Row(count, threads, "message left (development sink)", delivered));
            Console.WriteLine();
            if (!finished || ran.Count != count || delivered.Count != count)
            {
                Console.Error.WriteLine(Line($"check failed: {ran.Count:N0} recorded, {delivered.Count:N0} delivered, {count:N0} expected"));
                return 1;
            }
            if (ran.P(99) > TargetP99Seconds && !options.Quick)
            {
                Console.Error.WriteLine(Line($"target missed: p99 lateness {ran.P(99):0.00} s > {TargetP99Seconds} s"));
                return 2;
            }
            return 0;
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

    /// <summary>Every resident wrote a moment ago, so every reminder goes by OA through the outbox.</summary>
    private static async Task OpenWindowsAsync(IServiceProvider services, int count)
    {
        var residents = services.GetRequiredService<ResidentStore>();
        var writer = services.GetRequiredService<SqliteWriter>();
        await Task.WhenAll(Enumerable.Range(1, count).Select(i => writer.WriteAsync((connection, transaction) =>
            residents.Record(connection, transaction, BenchAppointments.OaId, BenchAppointments.UserOf(i), interacted: true, following: true))));
    }

    private static async Task<bool> WaitAsync(SqliteConnectionFactory connections, int count, DateTimeOffset deadline)
    {
        while (DateTimeOffset.UtcNow < deadline)
        {
            using (var connection = connections.Open())
            {
                if (connection.ExecuteScalar<long>("SELECT count(*) FROM dev_sink_messages") >= count
                    && connection.ExecuteScalar<long>("SELECT count(*) FROM reminder_deliveries") >= count)
                {
                    return true;
                }
            }
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>Seconds late: each value of <paramref name="sql"/> (unix ms) minus <paramref name="dueMs"/>.</summary>
    private static Percentiles Lateness(SqliteConnectionFactory connections, string sql, long dueMs)
    {
        using var connection = connections.Open();
        return new Percentiles(connection.Query<long>(sql).Select(ms => (ms - dueMs) / 1000.0));
    }

    private static string Row(int count, int threads, string measure, Percentiles p) =>
        Line($"| {count:N0} | {threads} | {measure} | {p.P(50):0.00} s | {p.P(99):0.00} s | {p.Max:0.00} s |");

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
