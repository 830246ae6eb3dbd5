using System.Diagnostics;
using System.Globalization;

namespace ChatAssistant.Bench;

/// <summary>CPU time of the host (from /proc/PID/stat), of this process, and of the whole machine (/proc/stat).</summary>
internal sealed class CpuMeter
{
    // USER_HZ: the unit of /proc times; 100 on every Linux x86-64 and arm64 build.
    private const double TicksPerSecond = 100.0;

    private readonly int? _hostPid;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly double _hostStart;
    private readonly TimeSpan _selfStart;
    private readonly (double Busy, double Total) _machineStart;
    private readonly Dictionary<int, (string Name, double Seconds)> _threadsStart;

    public CpuMeter(int? hostPid)
    {
        _hostPid = hostPid;
        _hostStart = hostPid is { } pid ? ProcessSeconds(pid) : 0;
        _selfStart = Process.GetCurrentProcess().TotalProcessorTime;
        _machineStart = Machine();
        _threadsStart = hostPid is { } p ? Threads(p) : [];
    }

    /// <summary>Cores used on average since construction: host, this process (generator + fakes), and the machine busy share.</summary>
    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var host = _hostPid is { } pid ? (ProcessSeconds(pid) - _hostStart) / wall : double.NaN;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _selfStart).TotalSeconds / wall;
        var (busy, total) = Machine();
        var machine = (busy - _machineStart.Busy) / Math.Max(1, total - _machineStart.Total);
        var byThread = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_hostPid is { } hostPid)
        {
            foreach (var (tid, (name, seconds)) in Threads(hostPid))
            {
                var before = _threadsStart.TryGetValue(tid, out var start) ? start.Seconds : 0;
                byThread[name] = byThread.GetValueOrDefault(name) + ((seconds - before) / wall);
            }
        }
        return new CpuUse(host, self, machine, wall)
        {
            HostThreads = [.. byThread.Where(t => t.Value > 0).OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value))],
        };
    }

    /// <summary>CPU seconds used so far by the threads of a process whose name starts with <paramref name="prefix"/>.</summary>
    public static double ThreadSeconds(int pid, string prefix) =>
        Threads(pid).Values.Where(t => t.Name.StartsWith(prefix, StringComparison.Ordinal)).Sum(t => t.Seconds);

    /// <summary>CPU seconds of each thread of a process, with its name (comm), from /proc/PID/task.</summary>
    private static Dictionary<int, (string Name, double Seconds)> Threads(int pid)
    {
        var threads = new Dictionary<int, (string, double)>();
        foreach (var dir in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var tid = int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture);
                var name = File.ReadAllText(Path.Combine(dir, "comm")).Trim();
                threads[tid] = (name, StatSeconds(File.ReadAllText(Path.Combine(dir, "stat"))));
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }
        return threads;
    }

    /// <summary>utime + stime of a process, in seconds.</summary>
    public static double ProcessSeconds(int pid)
        => StatSeconds(File.ReadAllText($"/proc/{pid}/stat"));

    private static double StatSeconds(string stat)
    {
        // The command name is in parentheses and may contain spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the name: field 3 is state (index 0), so utime (14) is index 11 and stime (15) index 12.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private static (double Busy, double Total) Machine()
    {
        var line = File.ReadLines("/proc/stat").First();
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal ...; idle and iowait are not busy.
        var total = values.Take(8).Sum();
        var idle = values[3] + values[4];
        return (total - idle, total);
    }
}

/// <summary>Average cores in use over a phase (1.0 = one core fully busy); Machine is the busy share of all cores.</summary>
internal sealed record CpuUse(double HostCores, double GeneratorCores, double MachineBusy, double WallSeconds)
{
    /// <summary>Cores used by everything else on the machine (other builds and tests, the kernel).</summary>
    public double OtherCores => Math.Max(0, (MachineBusy * Environment.ProcessorCount) - (double.IsNaN(HostCores) ? 0 : HostCores) - GeneratorCores);

    /// <summary>The host's CPU by thread name (pool workers, GC, socket engine...), busiest first.</summary>
    public IReadOnlyList<(string Name, double Cores)> HostThreads { get; init; } = [];
}
