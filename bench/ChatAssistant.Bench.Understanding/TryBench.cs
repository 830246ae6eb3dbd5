using System.Globalization;
using ChatAssistant.Features.CommonQuestions;
using ChatAssistant.Features.Procedures.Search;
using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using ChatAssistant.Testing.Understanding;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench.Understanding;

/// <summary>
/// Plays messages read from standard input, one per line, as a resident of the development account and prints each
/// reply with what the understanding layer made of the message: a quick way to try a new example or a new text.
/// An empty line starts a new resident with the clock back at the evaluation's start; "wait 40m" moves the clock;
/// "? câu hỏi" prints what the procedure search finds for it and "?? câu hỏi" the closest common question, without sending it.
/// </summary>
internal static class TryBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var harness = ConversationHarness.Create(clock: new ManualClock(EvaluationRun.Start));
        var understander = harness.Services.GetRequiredService<Understander>();
        var residents = 0;
        ConversationFlow? resident = null;
        while (Console.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                // A new resident, on the same Tuesday morning as the evaluation's conversations.
                resident = null;
                harness.Clock.UtcNow = EvaluationRun.Start;
                continue;
            }
            resident ??= harness.Resident($"try-{++residents}");
            if (line.StartsWith("?? ", StringComparison.Ordinal))
            {
                var questions = harness.Services.GetRequiredService<CommonQuestionIndex>();
                static string Shown((CommonQuestion Entry, double Score)? match) =>
                    match is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Entry.Id} {m.Score:0.00}") : "none";
                var (byClause, whole) = (Shown(questions.Match(line[3..], byClause: true)), Shown(questions.Match(line[3..], byClause: false)));
                Console.WriteLine($"?? {line[3..]}    [by clause: {byClause}; whole: {whole}]");
                continue;
            }
            if (line.StartsWith("? ", StringComparison.Ordinal))
            {
                var result = harness.Services.GetRequiredService<ProcedureIndex>().Search(line[2..], 4);
                Console.WriteLine($"? {line[2..]}    [{result.Confidence}{(result.Named ? ", named" : "")}]");
                foreach (var hit in result.Hits)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hit.Score:0.00} {hit.Procedure.Name}"));
                }
                continue;
            }
            if (line.StartsWith("wait ", StringComparison.Ordinal))
            {
                await resident.Wait(ParseWait(line[5..].Trim()));
                continue;
            }
            var meaning = understander.Understand(line);
            var guess = meaning.Guess is { } g
                ? string.Create(CultureInfo.InvariantCulture, $"{g.Intent} {g.Confidence:0.00}, then {g.RunnerUp} {g.RunnerUpConfidence:0.00}")
                : "no words";
            var when = string.Join(' ', new object?[] { meaning.Date, meaning.Time, meaning.PartOfDay }.OfType<object>()
                .Select(part => Convert.ToString(part, CultureInfo.InvariantCulture)));
            var aspects = string.Join(',', meaning.Aspects);
            var read = (when.Length > 0 ? " | " + when : "") + (aspects.Length > 0 ? " | " + aspects : "");
            Console.WriteLine($"> {line}    [{meaning.Normalized} | {guess}{read}]");
            await resident.Send(line).TakeReplies(replies =>
            {
                foreach (var reply in replies)
                {
                    Console.WriteLine("  " + ConversationFlow.TextOf(reply).ReplaceLineEndings("\n  "));
                }
            });
        }
        return 0;
    }

    private static TimeSpan ParseWait(string text)
    {
        var number = double.Parse(text[..^1], CultureInfo.InvariantCulture);
        return text[^1] switch { 'h' => TimeSpan.FromHours(number), 'd' => TimeSpan.FromDays(number), _ => TimeSpan.FromMinutes(number) };
    }
}
