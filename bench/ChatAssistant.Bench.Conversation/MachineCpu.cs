using System.Diagnostics;
using System.Globalization;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// CPU use over an interval, from /proc: this process by thread, the whole machine, and the other
/// processes (builds and tests may share the machine).
/// </summary>
internal sealed class MachineCpu
{
    // USER_HZ, the unit of /proc times: 100 on every Linux x86-64 and arm64 build.
    private const double TicksPerSecond = 100.0;

    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly (double Busy, double Total) _machine = Machine();
    private readonly Dictionary<int, (string Name, double Seconds)> _threads = Threads(Environment.ProcessId);
    private readonly Dictionary<int, (string Name, double Seconds)> _processes = Processes();

    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var (busy, total) = Machine();
        var machineCores = (busy - _machine.Busy) / Math.Max(1, total - _machine.Total) * Environment.ProcessorCount;
        var byThread = new Dictionary<string, double>(StringComparer.Ordinal);
        double self = 0;
        foreach (var (tid, (name, seconds)) in Threads(Environment.ProcessId))
        {
            var cores = (seconds - (_threads.TryGetValue(tid, out var before) ? before.Seconds : 0)) / wall;
            self += cores;
            byThread[name] = byThread.GetValueOrDefault(name) + cores;
        }
        var others = Processes()
            .Where(p => p.Key != Environment.ProcessId)
            .Select(p => (p.Value.Name, Cores: (p.Value.Seconds - (_processes.TryGetValue(p.Key, out var b) ? b.Seconds : 0)) / wall))
            .Where(p => p.Cores >= 0.01)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Cores: g.Sum(p => p.Cores)))
            .OrderByDescending(p => p.Cores)
            .Take(3)
            .ToList();
        return new CpuUse(self, Math.Max(0, machineCores - self), wall)
        {
            Threads = [.. byThread.Where(t => t.Value >= 0.005).OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value))],
            TopOthers = others,
        };
    }

    /// <summary>Waits until other processes use at most <paramref name="cores"/> for 2 s in a row, or gives up after <paramref name="maxWait"/>.</summary>
    /// <returns>The other processes' cores in the last second, and whether the machine became quiet.</returns>
    public static async Task<(double Others, bool Quiet, double WaitedSeconds)> WaitForQuietAsync(double cores, TimeSpan maxWait)
    {
        var started = Stopwatch.GetTimestamp();
        var quietSeconds = 0;
        double others;
        while (true)
        {
            var meter = new MachineCpu();
            await Task.Delay(1000);
            others = meter.Stop().OtherCores;
            quietSeconds = others <= cores ? quietSeconds + 1 : 0;
            var waited = Stopwatch.GetElapsedTime(started);
            if (quietSeconds >= 2)
            {
                return (others, true, waited.TotalSeconds);
            }
            if (waited >= maxWait)
            {
                return (others, false, waited.TotalSeconds);
            }
        }
    }

    private static Dictionary<int, (string Name, double Seconds)> Threads(int pid)
    {
        var threads = new Dictionary<int, (string, double)>();
        foreach (var dir in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            if (Read(dir) is { } thread)
            {
                threads[int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture)] = thread;
            }
        }
        return threads;
    }

    private static Dictionary<int, (string Name, double Seconds)> Processes()
    {
        var processes = new Dictionary<int, (string, double)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(dir) is { } process)
            {
                processes[pid] = process;
            }
        }
        return processes;
    }

    /// <summary>comm and utime + stime of a process or thread folder; null when it ended meanwhile.</summary>
    private static (string Name, double Seconds)? Read(string dir)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            // The name is in parentheses and may hold spaces: count the fields after the last ')'.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var name = stat[(open + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            // After the name, field 3 (state) is index 0: utime (14) is index 11, stime (15) index 12.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (name, ticks / TicksPerSecond);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (double Busy, double Total) Machine()
    {
        var values = File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
        var total = values.Take(8).Sum();
        return (total - values[3] - values[4], total);
    }
}

/// <summary>Average cores in use over an interval (1.0 = one core busy).</summary>
internal sealed record CpuUse(double BenchCores, double OtherCores, double WallSeconds)
{
    public IReadOnlyList<(string Name, double Cores)> Threads { get; init; } = [];

    /// <summary>The busiest other processes, by name.</summary>
    public IReadOnlyList<(string Name, double Cores)> TopOthers { get; init; } = [];
}
