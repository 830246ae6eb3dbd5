using System.Diagnostics;

namespace ChatAssistant.Bench;

/// <summary>Percentiles of a set of latencies, in milliseconds (nearest-rank on the sorted samples).</summary>
internal sealed record LatencySummary(int Count, double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static readonly LatencySummary Empty = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>From Stopwatch ticks; the list is sorted in place.</summary>
    public static LatencySummary FromTicks(List<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return Empty;
        }
        ticks.Sort();
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double At(double p) => Ms(ticks[Math.Clamp((int)Math.Ceiling(p * ticks.Count) - 1, 0, ticks.Count - 1)]);
        var sum = 0.0;
        foreach (var t in ticks)
        {
            sum += t;
        }
        return new LatencySummary(ticks.Count, At(0.50), At(0.90), At(0.99), At(0.999), Ms(ticks[^1]), sum / ticks.Count * 1000.0 / Stopwatch.Frequency);
    }
}
