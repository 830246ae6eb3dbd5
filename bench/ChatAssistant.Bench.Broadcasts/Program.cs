using ChatAssistant.Bench;
using ChatAssistant.Bench.Broadcasts;

// Broadcast benchmarks: see bench/README.md, "Broadcast benchmarks".
return await BenchSections.RunAsync(args, Usage.Text, [("throughput", ThroughputBench.RunAsync), ("rate", RateBench.RunAsync)]);
