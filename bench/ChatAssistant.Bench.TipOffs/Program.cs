using ChatAssistant.Bench;
using ChatAssistant.Bench.TipOffs;

// Tip-off benchmarks: see bench/README.md, "Tip-off benchmarks".
return await BenchSections.RunAsync(args, Usage.Text, [("rekey", RekeyBench.RunAsync), ("receipts", ReceiptBench.RunAsync)]);
