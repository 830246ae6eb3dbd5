using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using ChatAssistant.Testing.Understanding;
using Xunit.Abstractions;

namespace ChatAssistant.Tests.Understanding;

/// <summary>
/// The residents' conversations of Evaluation/ played against the real pipeline, every turn judged by what a good reply
/// contains. The floors below are the measured rates rounded down: a change that makes the bot understand less fails.
/// </summary>
public sealed class UnderstandingConversationTests(ITestOutputHelper output)
{
    // The shares of turns answered well on the last measured run (bench/README.md, "Understanding"), rounded down.
    private const double TuningFloor = 0.96;
    private const double HeldOutFloor = 0.87;
    private const double StyleFloor = 0.90;

    // The target of the understanding layer: 95 % of all turns.
    private const double TurnFloor = 0.95;

    [Fact]
    public async Task ResidentsConversationsAreUnderstoodAtLeastAsWellAsLastMeasured()
    {
        var conversations = EvaluationSet.Load();
        await using var harness = ConversationHarness.Create(clock: new ManualClock(EvaluationRun.Start));
        var outcomes = await EvaluationRun.PlayAsync(conversations, harness);

        output.WriteLine(AccuracyTable.Render(outcomes));
        output.WriteLine(AccuracyTable.Failures(outcomes));
        Assert.True(outcomes.Count >= 100, $"only {outcomes.Count} turns were played");
        Assert.True(AccuracyTable.Rate(outcomes) >= TurnFloor, AccuracyTable.Render(outcomes));
        Assert.True(AccuracyTable.Rate(outcomes.Where(o => o.Conversation.Set == EvaluationSet.Tuning)) >= TuningFloor, AccuracyTable.Render(outcomes));
        Assert.True(AccuracyTable.Rate(outcomes.Where(o => o.Conversation.Set == EvaluationSet.HeldOut)) >= HeldOutFloor, AccuracyTable.Render(outcomes));
        Assert.All(AccuracyTable.ByStyle(outcomes), style => Assert.True(AccuracyTable.Rate(style.Turns) >= StyleFloor, $"{style.Style}: {AccuracyTable.Rate(style.Turns):P1}"));
    }
}
