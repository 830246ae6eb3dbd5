namespace ChatAssistant.Bench;

/// <summary>
/// Ends a warm-up once the host's JIT has settled: the tiered-compilation thread recompiles hot
/// methods for a while after start (on this 2-core machine 15–20 s under load), and measuring
/// before it is done charges compilation to the phase.
/// </summary>
internal static class Warmup
{
    private const string JitThread = ".NET Tiered Com";

    /// <summary>
    /// Cancels the returned source after <paramref name="minimum"/> once the JIT thread used under
    /// 2 % of a core in each of the last two seconds, or at <paramref name="maximum"/>.
    /// </summary>
    public static CancellationTokenSource WhenJitIdle(int hostPid, TimeSpan minimum, TimeSpan maximum, Action<string> log)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            var started = DateTime.UtcNow;
            var previous = CpuMeter.ThreadSeconds(hostPid, JitThread);
            var quietSeconds = 0;
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(1000);
                var now = CpuMeter.ThreadSeconds(hostPid, JitThread);
                quietSeconds = now - previous < 0.02 ? quietSeconds + 1 : 0;
                previous = now;
                var elapsed = DateTime.UtcNow - started;
                if ((elapsed >= minimum && quietSeconds >= 2) || elapsed >= maximum)
                {
                    log($"  warm-up ends after {elapsed.TotalSeconds:F0} s ({(quietSeconds >= 2 ? "JIT idle" : "JIT still busy: maximum reached")}; JIT thread used {now:F1} s of CPU in all)");
                    try
                    {
                        await stop.CancelAsync();
                    }
                    catch (ObjectDisposedException)
                    {
                        // The warm-up already ended on its own deadline.
                    }
                    return;
                }
            }
        });
        return stop;
    }
}

/// <summary>
/// The machine may be shared (other builds and tests on the same 2 cores): before a
/// phase, wait until everything else together uses less than a threshold, so that the figures
/// measure the host and not the neighbours. The report shows what the neighbours used anyway.
/// </summary>
internal static class QuietMachine
{
    public static async Task WaitAsync(int? hostPid, double maxOtherCores, TimeSpan maxWait, Action<string> log)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var meter = new CpuMeter(hostPid);
            await Task.Delay(2000);
            var other = meter.Stop().OtherCores;
            if (other <= maxOtherCores)
            {
                return;
            }
            if (DateTime.UtcNow - started >= maxWait)
            {
                log($"  other processes still use {other:F2} cores after {maxWait.TotalSeconds:F0} s of waiting; measuring anyway");
                return;
            }
            log($"  waiting for a quiet machine: other processes use {other:F2} cores");
        }
    }
}
