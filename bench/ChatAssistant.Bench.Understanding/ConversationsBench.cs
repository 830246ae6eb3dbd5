using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using ChatAssistant.Testing.Understanding;

namespace ChatAssistant.Bench.Understanding;

/// <summary>Plays every evaluation conversation and prints the accuracy per style and per intent.</summary>
internal static class ConversationsBench
{
    public const double TurnTarget = 0.95;
    public const double StyleTarget = 0.90;

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var conversations = EvaluationSet.Load();
        if (quick)
        {
            conversations = [.. conversations.Take(3)];
        }
        await using var harness = ConversationHarness.Create(clock: new ManualClock(EvaluationRun.Start));
        var outcomes = await EvaluationRun.PlayAsync(conversations, harness);
        Console.WriteLine($"## Conversations: {conversations.Count} conversations, {outcomes.Count} resident turns{(quick ? " (--quick)" : "")}");
        Console.WriteLine();
        Console.WriteLine(AccuracyTable.Render(outcomes));
        if (args.Contains("--failures"))
        {
            Console.WriteLine(AccuracyTable.Failures(outcomes));
        }
        if (!outcomes.Any(o => o.Passed))
        {
            // Not a weak layer but a broken run (the pipeline answered nothing right): the table above means nothing.
            Console.Error.WriteLine("check failed: no turn passed");
            return 1;
        }
        var met = AccuracyTable.Rate(outcomes) >= TurnTarget && AccuracyTable.ByStyle(outcomes).All(s => AccuracyTable.Rate(s.Turns) >= StyleTarget);
        Console.WriteLine(met ? "Targets met (95 % of turns, every style 90 %)." : "Targets not met (95 % of turns, every style 90 %).");
        return quick || met ? 0 : 2;
    }
}
