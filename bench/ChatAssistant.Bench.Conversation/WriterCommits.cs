using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// Watches the database writer's connection through SQLite's statement profile hook: when each batch
/// began and committed, how long its COMMIT took (the fsync lives there), how much CPU the batch used,
/// and in profiling runs the time of every statement. The service's writer is not changed: the hook is
/// put on its connection by the first turn write that runs in a batch.
/// </summary>
/// <remarks>
/// The hook reports each statement's own time only to the millisecond (SQLite's legacy profile clock),
/// so batch and COMMIT times are taken from <see cref="Stopwatch"/> at the callbacks instead: a COMMIT
/// starts when the statement before it finished. Per-statement totals (profiling runs) still average out
/// over thousands of calls.
/// </remarks>
internal sealed partial class WriterCommits(bool enabled, bool byStatement)
{
    private const int ClockThreadCpuTime = 3;

    private readonly Lock _lock = new();
    private readonly List<long> _commitEnds = [];
    private readonly List<double> _commitMilliseconds = [];
    private readonly Dictionary<string, (long Count, long Nanoseconds)> _statements = new(StringComparer.Ordinal);
    private sqlite3? _hooked;
    private delegate_profile? _callback;
    private long _lastStatementEnd;
    private long _batchStart;
    private long _batchCpuStart;
    private long _batchTicks;
    private long _batchCpuNanoseconds;
    private long _commitTicks;

    public int Commits
    {
        get
        {
            lock (_lock)
            {
                return _commitEnds.Count;
            }
        }
    }

    /// <summary>Seconds the writer spent inside transactions (BEGIN to the end of COMMIT), all batches together.</summary>
    public double BatchSeconds => Volatile.Read(ref _batchTicks) / (double)Stopwatch.Frequency;

    /// <summary>CPU seconds the writer's thread used inside transactions.</summary>
    public double BatchCpuSeconds => Volatile.Read(ref _batchCpuNanoseconds) / 1e9;

    /// <summary>Seconds inside COMMIT statements: writing the WAL and, with synchronous=FULL, its fsync.</summary>
    public double CommitSeconds => Volatile.Read(ref _commitTicks) / (double)Stopwatch.Frequency;

    /// <summary>
    /// Called on the writer's thread inside a batch. Returns the index the batch's commit will have: the
    /// number of commits finished so far (the writer commits one batch at a time).
    /// </summary>
    public int OnWriter(SqliteConnection connection)
    {
        if (enabled && !ReferenceEquals(_hooked, connection.Handle))
        {
            _hooked = connection.Handle;
            _callback ??= OnStatement;
            raw.sqlite3_profile(_hooked, _callback, null);
        }
        return Commits;
    }

    /// <summary>When commit number <paramref name="index"/> finished (Stopwatch ticks), or null.</summary>
    public long? CommitEnd(int index)
    {
        lock (_lock)
        {
            return index >= 0 && index < _commitEnds.Count ? _commitEnds[index] : null;
        }
    }

    public double[] CommitMilliseconds()
    {
        lock (_lock)
        {
            return [.. _commitMilliseconds];
        }
    }

    /// <summary>Statements run by the writer (profiling runs only): text, count, total milliseconds; most costly first.</summary>
    public IReadOnlyList<(string Sql, long Count, double Milliseconds)> Statements()
    {
        lock (_lock)
        {
            return [.. _statements.Select(s => (s.Key, s.Value.Count, s.Value.Nanoseconds / 1e6)).OrderByDescending(s => s.Item3)];
        }
    }

    // Runs on the writer's thread as each statement finishes, so it stays cheap: a clock read and a
    // look at the first bytes; the text is only decoded in profiling runs.
    private void OnStatement(object userData, utf8z statement, long nanoseconds)
    {
        var now = Stopwatch.GetTimestamp();
        if (StartsWith(statement, "BEGIN"u8))
        {
            _batchStart = now - (long)(nanoseconds / 1e9 * Stopwatch.Frequency);
            _batchCpuStart = ThreadCpuNanoseconds();
        }
        else if (StartsWith(statement, "COMMIT"u8))
        {
            var commitTicks = now - _lastStatementEnd;
            _commitTicks += commitTicks;
            if (_batchStart > 0)
            {
                _batchTicks += now - _batchStart;
                _batchCpuNanoseconds += ThreadCpuNanoseconds() - _batchCpuStart;
            }
            lock (_lock)
            {
                _commitEnds.Add(now);
                _commitMilliseconds.Add(commitTicks * 1000.0 / Stopwatch.Frequency);
            }
        }
        _lastStatementEnd = now;
        if (byStatement)
        {
            var key = Shorten(statement.utf8_to_string());
            lock (_lock)
            {
                var (count, total) = _statements.GetValueOrDefault(key);
                _statements[key] = (count + 1, total + nanoseconds);
            }
        }
    }

    private static bool StartsWith(utf8z statement, ReadOnlySpan<byte> prefix)
    {
        ref var first = ref Unsafe.AsRef(in statement.GetPinnableReference());
        for (var i = 0; i < prefix.Length; i++)
        {
            // The text is zero-terminated, so a shorter statement stops at its terminator.
            if (Unsafe.Add(ref first, i) != prefix[i])
            {
                return false;
            }
        }
        return true;
    }

    private static long ThreadCpuNanoseconds() =>
        ClockGetTime(ClockThreadCpuTime, out var time) == 0 ? (time.Seconds * 1_000_000_000L) + time.Nanoseconds : 0;

    private static string Shorten(string sql)
    {
        var flat = Spaces().Replace(sql, " ").Trim();
        return flat.Length <= 90 ? flat : flat[..90] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
