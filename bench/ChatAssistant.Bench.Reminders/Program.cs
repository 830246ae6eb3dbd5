using ChatAssistant.Bench.Reminders;

// Reminder benchmarks: see bench/README.md, "Reminder benchmarks".
// The first argument names the section (default "all"); the arguments after it are that section's options.
var section = args.Length == 0 ? "all" : args[0];
var options = args.Length == 0 ? [] : args[1..];
try
{
    switch (section)
    {
        case "pending":
            return await PendingBench.RunAsync(options);
        case "due":
            return await DueBench.RunAsync(options);
        case "all":
            return await RunAllAsync(options);
        case "-h" or "--help":
            Console.WriteLine(Usage.Text);
            return 0;
        default:
            Console.Error.WriteLine($"Unknown section '{section}'.");
            Console.Error.WriteLine(Usage.Text);
            return 64;
    }
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage.Text);
    return 64;
}

// Every section with its defaults, one after the other; the worst exit code wins.
static async Task<int> RunAllAsync(string[] options)
{
    if (options.Length > 0)
    {
        throw new ArgumentException("Options belong to a named section, e.g. 'pending --reminders 10000'.");
    }
    var exit = 0;
    exit = Math.Max(exit, await PendingBench.RunAsync([]));
    exit = Math.Max(exit, await DueBench.RunAsync([]));
    return exit;
}
