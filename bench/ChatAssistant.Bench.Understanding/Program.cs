using ChatAssistant.Bench;
using ChatAssistant.Bench.Understanding;

// Understanding benchmarks: see bench/README.md, "Understanding". "try" is a tool, not a benchmark: "all" leaves it out.
if (args is ["try", ..])
{
    return await TryBench.RunAsync(args[1..]);
}
return await BenchSections.RunAsync(args, Usage.Text,
    [("conversations", ConversationsBench.RunAsync), ("classifier", ClassifierBench.RunAsync), ("speed", SpeedBench.RunAsync)]);
