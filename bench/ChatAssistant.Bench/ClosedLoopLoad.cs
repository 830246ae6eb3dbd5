using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Bench;

/// <summary>What one closed-loop run measured.</summary>
internal sealed record ClosedLoopResult(
    string Name,
    int Connections,
    double Seconds,
    long Ok,
    long OtherStatus,
    long Errors,
    LatencySummary Latency,
    int[] OkPerSecond,
    bool RanOutOfRequests,
    CpuUse Cpu)
{
    public double OkRate => Ok / Seconds;

    /// <summary>The slowest whole second of the run: "sustained" means this one, not the mean.</summary>
    public int MinOkPerSecond => OkPerSecond.Length == 0 ? 0 : OkPerSecond.Min();
}

/// <summary>Outcome of each pre-built request, by index: what the durability check compares with the database.</summary>
internal enum RequestOutcome : byte
{
    NotSent = 0,
    Ok = 1,
    OtherStatus = 2,
    Error = 3,
}

/// <summary>
/// A fixed number of connections, each sending its next request as soon as the previous answer
/// arrived, for a fixed time. At the deadline no new request starts and those in flight finish,
/// so every request has a known outcome.
/// </summary>
internal static class ClosedLoopLoad
{
    public sealed class Cursor(int start)
    {
        private int _next = start;

        public int Next => Volatile.Read(ref _next);

        public int Take() => Interlocked.Increment(ref _next) - 1;
    }

    /// <param name="cycle">Reuse the requests round-robin (no-op endpoint); otherwise each is sent once.</param>
    /// <param name="outcomes">Per request index: Ok once any send of it was answered 200.</param>
    public static async Task<ClosedLoopResult> RunAsync(
        string name, IPEndPoint endPoint, RequestArena requests, Cursor cursor, bool cycle, int connections,
        TimeSpan duration, RequestOutcome[]? outcomes, int? hostPid, CancellationToken stopEarly = default)
    {
        var perWorker = new List<long>[connections];
        var ok = 0L;
        var other = 0L;
        var errors = 0L;
        var ranOut = 0;
        var seconds = (int)Math.Ceiling(duration.TotalSeconds) + 2;
        var okPerSecond = new int[seconds];

        // Connect first, so that connection set-up is not part of the measured time.
        var opened = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => RawHttpConnection.OpenAsync(endPoint, CancellationToken.None)));
        var cpu = new CpuMeter(hostPid);
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task WorkerAsync(int worker)
        {
            var connection = opened[worker];
            var latencies = perWorker[worker] = new List<long>(capacity: 16_384);
            try
            {
                while (Stopwatch.GetTimestamp() < deadline && !stopEarly.IsCancellationRequested)
                {
                    var index = cursor.Take();
                    if (!cycle && index >= requests.Count)
                    {
                        Interlocked.Exchange(ref ranOut, 1);
                        return;
                    }
                    var slot = cycle ? index % requests.Count : index;
                    var sent = Stopwatch.GetTimestamp();
                    RequestOutcome outcome;
                    try
                    {
                        var status = await connection.SendAsync(requests[slot]);
                        outcome = status == 200 ? RequestOutcome.Ok : RequestOutcome.OtherStatus;
                    }
                    catch (Exception ex) when (ex is IOException or SocketException)
                    {
                        outcome = RequestOutcome.Error;
                    }
                    var done = Stopwatch.GetTimestamp();
                    // Cycling sends a body again (a redelivery, answered 200 but not stored twice): one 200 is enough.
                    if (outcomes is not null && outcomes[slot] != RequestOutcome.Ok)
                    {
                        outcomes[slot] = outcome;
                    }
                    switch (outcome)
                    {
                        case RequestOutcome.Ok:
                            latencies.Add(done - sent);
                            Interlocked.Increment(ref ok);
                            var second = (int)((done - start) / Stopwatch.Frequency);
                            if (second < okPerSecond.Length)
                            {
                                Interlocked.Increment(ref okPerSecond[second]);
                            }
                            break;
                        case RequestOutcome.OtherStatus:
                            latencies.Add(done - sent);
                            Interlocked.Increment(ref other);
                            break;
                        default:
                            Interlocked.Increment(ref errors);
                            break;
                    }
                    if (outcome == RequestOutcome.Error || connection.Closed)
                    {
                        connection.Dispose();
                        connection = await RawHttpConnection.OpenAsync(endPoint, CancellationToken.None);
                    }
                }
            }
            finally
            {
                connection.Dispose();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => WorkerAsync(w))));
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var usage = cpu.Stop();

        var all = new List<long>(perWorker.Sum(l => l?.Count ?? 0));
        foreach (var list in perWorker)
        {
            all.AddRange(list ?? []);
        }
        // Whole seconds only: the last, partial second (the drain) would look like a dip.
        var whole = (int)Math.Floor(Math.Min(elapsed, duration.TotalSeconds));
        return new ClosedLoopResult(name, connections, elapsed, ok, other, errors, LatencySummary.FromTicks(all),
            okPerSecond[..whole], ranOut != 0, usage);
    }
}
