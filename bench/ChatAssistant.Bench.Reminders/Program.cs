using ChatAssistant.Bench;
using ChatAssistant.Bench.Reminders;

// Reminder benchmarks: see bench/README.md, "Reminder benchmarks".
return await BenchSections.RunAsync(args, Usage.Text, [("pending", PendingBench.RunAsync), ("due", DueBench.RunAsync)]);
