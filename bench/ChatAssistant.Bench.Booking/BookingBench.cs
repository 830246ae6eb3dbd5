using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bench.Booking;

/// <summary>
/// The "booking" section: distinct residents all trying at the same instant to book one of a few slots, through
/// BookingDesk.BookAsync and the single writer on a database file with synchronous=FULL, as deployed. Exactly
/// slots × capacity must succeed and every other attempt must be told SlotFull.
/// </summary>
internal static class BookingBench
{
    private const string OaId = "388613280878808645";
    private const string ServiceId = "can-cuoc-cap-lan-dau";
    private const int SlotMinutes = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args, "--attempts", "--slots", "--capacity", "--work-dir");
        var attempts = options.Number("--attempts", 1000, quick: 100);
        var slots = options.Number("--slots", 50, quick: 10);
        var capacity = options.Number("--capacity", 2);
        var workDir = options.Text("--work-dir");
        if (slots * SlotMinutes > 17 * 60)
        {
            throw new ArgumentException("--slots must fit in one day of 10-minute slots from 06:00 (at most 102).");
        }
        var folder = workDir ?? Path.Combine(Path.GetTempPath(), "chatassistant-booking-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(Line($"booking: {attempts:N0} concurrent attempts on {slots} slots of capacity {capacity}, {Environment.ProcessorCount} cores, .NET {Environment.Version}{(options.Quick ? " (--quick)" : "")}"));
        try
        {
            var calendar = Calendar(folder, slots, capacity);
            var storage = new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder, "bench.db")}", Synchronous = "FULL" };
            var connections = new SqliteConnectionFactory(Options.Create(storage));
            new Migrator(connections, NullLogger<Migrator>.Instance).Migrate();
            await using var writer = new SqliteWriter(connections, Options.Create(storage), NullLogger<SqliteWriter>.Instance);
            var desk = new BookingDesk(calendar, new AppointmentStore(connections), writer, TimeProvider.System, [], NullLogger<BookingDesk>.Instance);

            var day = VietnamTime.Today(TimeProvider.System).AddDays(1);
            var starts = calendar.SlotsOn(OaId, ServiceId, day).Select(s => s.Start).ToList();
            if (starts.Count != slots)
            {
                throw new InvalidOperationException($"The generated calendar has {starts.Count} slots, not {slots}.");
            }
            // One warm-up booking on another day, so the first timed attempt does not pay for JIT and the first connection.
            await desk.BookAsync(new BookingRequest(OaId, ServiceId, calendar.SlotsOn(OaId, ServiceId, day.AddDays(1))[0].Start, "warm-up", null, null));

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var latencies = new double[attempts];
            var tasks = Enumerable.Range(0, attempts).Select(i => Task.Run(async () =>
            {
                await gate.Task;
                var started = Stopwatch.GetTimestamp();
                var outcome = await desk.BookAsync(new BookingRequest(OaId, ServiceId, starts[i % slots], $"resident-{i}", null, null));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                return outcome;
            })).ToList();
            var clock = Stopwatch.StartNew();
            gate.SetResult();
            var outcomes = await Task.WhenAll(tasks);
            var seconds = clock.Elapsed.TotalSeconds;

            var booked = outcomes.Count(o => o.IsBooked);
            var full = outcomes.Count(o => o.Refusal == BookingRefusal.SlotFull);
            var percentiles = new Percentiles(latencies);
            Console.WriteLine();
            Console.WriteLine(Line($"### Booking: {attempts:N0} residents at once on {slots} slots of capacity {capacity} (synchronous=FULL)"));
            Console.WriteLine();
            Console.WriteLine("| booked | refused full | other | seconds | attempts/s | bookings/s | attempt p50 / p99 / max (ms) |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Console.WriteLine(Line($"| {booked} | {full} | {attempts - booked - full} | {seconds:0.000} | {attempts / seconds:N0} | {booked / seconds:N0} | {percentiles.P(50):0.0} / {percentiles.P(99):0.0} / {percentiles.Max:0.0} |"));
            var ok = booked == slots * capacity && full == attempts - booked;
            if (!ok)
            {
                Console.Error.WriteLine(Line($"check failed: {booked} booked (expected {slots * capacity}), {full} refused as full"));
            }
            return ok ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (workDir is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A calendar of one service with exactly <paramref name="slots"/> slots a day, every day, no holidays.</summary>
    private static BookingCalendar Calendar(string folder, int slots, int capacity)
    {
        var dialogs = Path.Combine(RepositoryFolder.Find(), "dialogs");
        var catalogue = ProcedureCatalogue.Load(Path.Combine(dialogs, ProcedureCatalogue.FolderName));
        var offices = OfficeDirectory.Load(Path.Combine(dialogs, OfficeDirectory.FileName));
        var end = new TimeOnly(6, 0).AddMinutes(slots * SlotMinutes);
        var file = Path.Combine(folder, BookingCalendar.FileName);
        File.WriteAllText(file, string.Create(CultureInfo.InvariantCulture, $$"""
            holidays: []
            accounts:
              - oa_id: "{{OaId}}"
                office: tru-so
                slot_minutes: {{SlotMinutes}}
                slot_capacity: {{capacity}}
                lead_time_minutes: 0
                horizon_days: 30
                max_active_per_resident: 2
                counters: [{ id: "1", name: Quầy 1 }]
                services: [{ id: {{ServiceId}}, duration_minutes: {{SlotMinutes}}, ticket_prefix: A, counter: "1" }]
                hours: [{ days: mon-sun, times: ["06:00-{{end:HH\:mm}}"] }]
                sessions: []
            """));
        return BookingCalendar.Load(file, catalogue, offices);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
