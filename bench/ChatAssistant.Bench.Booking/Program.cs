using ChatAssistant.Bench;
using ChatAssistant.Bench.Booking;

// Booking benchmarks: see bench/README.md, "Booking benchmarks".
return await BenchSections.RunAsync(args, Usage.Text, [("booking", BookingBench.RunAsync)]);
