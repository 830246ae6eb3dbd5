using ChatAssistant.Bench;
using ChatAssistant.Bench.Understanding;

// Understanding benchmarks: see bench/README.md, "Understanding".
return await BenchSections.RunAsync(args, Usage.Text,
    [("conversations", ConversationsBench.RunAsync), ("classifier", ClassifierBench.RunAsync), ("speed", SpeedBench.RunAsync)]);
