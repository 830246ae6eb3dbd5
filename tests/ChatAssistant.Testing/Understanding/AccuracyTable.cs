using System.Globalization;
using System.Text;

namespace ChatAssistant.Testing.Understanding;

/// <summary>Turns passed per style and per intent, as Markdown tables, from the outcomes of an evaluation run.</summary>
public static class AccuracyTable
{
    /// <summary>The row under which messages with several intents are counted.</summary>
    public const string MultiIntent = "(several intents)";

    public static double Rate(IEnumerable<TurnOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(o => o.Passed) / list.Count;
    }

    public static IEnumerable<(string Style, IReadOnlyList<TurnOutcome> Turns)> ByStyle(IEnumerable<TurnOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Conversation.Style).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (IReadOnlyList<TurnOutcome>)[.. g]));

    public static IEnumerable<(string Intent, IReadOnlyList<TurnOutcome> Turns)> ByIntent(IEnumerable<TurnOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Turn.Intents.Count switch { 0 => "(none)", 1 => o.Turn.Intents[0], _ => MultiIntent })
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (IReadOnlyList<TurnOutcome>)[.. g]));

    public static string Render(IReadOnlyList<TurnOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var text = new StringBuilder();
        text.AppendLine("| style | tuning | held-out | all |").AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var (style, turns) in ByStyle(outcomes))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {style} | {Cell(turns, EvaluationSet.Tuning)} | {Cell(turns, EvaluationSet.HeldOut)} | {Cell(turns, null)} |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {Cell(outcomes, EvaluationSet.Tuning)} | {Cell(outcomes, EvaluationSet.HeldOut)} | **{Cell(outcomes, null)}** |");
        text.AppendLine().AppendLine("| intent | tuning | held-out | all |").AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var (intent, turns) in ByIntent(outcomes))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {intent} | {Cell(turns, EvaluationSet.Tuning)} | {Cell(turns, EvaluationSet.HeldOut)} | {Cell(turns, null)} |");
        }
        return text.ToString();
    }

    /// <summary>The turns that failed, with the conversation, the line and what was wrong: where to look next.</summary>
    public static string Failures(IEnumerable<TurnOutcome> outcomes)
    {
        var text = new StringBuilder();
        foreach (var failed in outcomes.Where(o => !o.Passed))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- [{failed.Conversation.Set}/{failed.Conversation.File}:{failed.Turn.Line}] ({failed.Conversation.Style}) \"{failed.Turn.Say}\": {failed.Problem}")
                .AppendLine(CultureInfo.InvariantCulture, $"    bot: {Clip(failed.Reply)}");
        }
        return text.ToString();
    }

    private static string Clip(string reply)
    {
        var line = reply.ReplaceLineEndings(" / ");
        return line.Length <= 220 ? line : line[..220] + "…";
    }

    private static string Cell(IEnumerable<TurnOutcome> turns, string? set)
    {
        var chosen = turns.Where(t => set is null || t.Conversation.Set == set).ToList();
        return chosen.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{chosen.Count(t => t.Passed)}/{chosen.Count} ({Rate(chosen):P1})");
    }
}
