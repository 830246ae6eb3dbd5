using ChatAssistant.Bench;
using ChatAssistant.Bench.Procedures;

// Procedure benchmarks: see bench/README.md, "Procedure benchmarks".
return await BenchSections.RunAsync(args, Usage.Text, [("search", SearchBench.RunAsync), ("dossiers", DossierBench.RunAsync)]);
