using System.Diagnostics;
using ChatAssistant.Content;
using ChatAssistant.Features.Dossiers;

namespace ChatAssistant.Bench.Procedures;

/// <summary>
/// Lookups timed one by one as the chat runs them for "tra cứu hồ sơ &lt;mã&gt;": the code found in the message
/// (<see cref="DossierCode.FindIn"/>), the row read (<see cref="DossierStore.Find"/>) and the answer written.
/// </summary>
internal sealed record LookupRun(Percentiles All, Percentiles Exact, Percentiles Typed, Percentiles Missing, int WrongAnswers, int Warmup)
{
    /// <summary>Lookups run before the timed ones and not counted: JIT, the connection pool, the index pages in the cache.</summary>
    public const int DefaultWarmup = 10_000;

    private enum Kind { Exact, Typed, Missing }

    public static LookupRun Measure(DossierStore store, DossierAnswer answer, ResidentTexts texts, string oaId, int rows, int count, int warmup)
    {
        // 40 % as printed, 30 % in lower case with spaces around the dashes, 30 % codes the list lacks.
        var random = new Random(20241122);
        var messages = new (Kind Kind, string Text, string Expected)[warmup + count];
        for (var i = 0; i < messages.Length; i++)
        {
            var roll = random.Next(100);
            var row = random.Next(rows);
            messages[i] = roll switch
            {
                < 40 => (Kind.Exact, "tra cứu hồ sơ " + DossierList.Code(row), DossierList.Code(row)),
                < 70 => (Kind.Typed, "tra cuu ho so " + DossierList.Code(row).ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal), DossierList.Code(row)),
                _ => (Kind.Missing, "tra cứu hồ sơ " + DossierList.Code(rows + row), ""),
            };
        }
        var times = new double[count];
        var wrong = 0;
        for (var i = 0; i < messages.Length; i++)
        {
            var (kind, text, expected) = messages[i];
            var start = Stopwatch.GetTimestamp();
            var code = DossierCode.FindIn(text)!;
            var dossier = store.Find(oaId, code);
            var reply = dossier is null
                ? texts.Get(DossierTexts.NotFound, new Dictionary<string, string> { ["code"] = code })
                : answer.Describe(texts, dossier);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if ((kind == Kind.Missing) != (dossier is null) || (dossier is not null && dossier.Code != expected) || reply.Length == 0)
            {
                wrong++;
            }
            if (i >= warmup)
            {
                times[i - warmup] = elapsed;
            }
        }
        var measured = messages.AsSpan(warmup).ToArray();
        Percentiles Of(Kind kind) => new(times.Where((_, i) => measured[i].Kind == kind));
        return new LookupRun(new Percentiles(times), Of(Kind.Exact), Of(Kind.Typed), Of(Kind.Missing), wrong, warmup);
    }
}
