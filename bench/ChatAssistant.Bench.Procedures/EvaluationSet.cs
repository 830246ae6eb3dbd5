using System.Globalization;
using ChatAssistant.Features.Procedures.Search;

namespace ChatAssistant.Bench.Procedures;

/// <summary>The test suite's evaluation questions (style, question, expected id or "-" for out of scope).</summary>
internal sealed class EvaluationSet
{
    private readonly List<(string Style, string Question, string Expected)> _lines;

    private EvaluationSet(List<(string, string, string)> lines) => _lines = lines;

    public IReadOnlyList<string> Questions => [.. _lines.Select(l => l.Question)];

    public static EvaluationSet Load(string file) => new([.. File.ReadLines(file).Skip(1)
        .Where(line => line.Trim().Length > 0)
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1], cells[2]))]);

    /// <summary>Top-1 accuracy per style and out-of-scope rejection, as the accuracy test counts them; returns the in-scope questions answered right.</summary>
    public int Report(ProcedureIndex index)
    {
        var rows = _lines.Select(line =>
        {
            var result = index.Search(line.Question);
            var top = result.Confidence == SearchConfidence.OutOfScope || result.Hits.Count == 0 ? "-" : result.Hits[0].Procedure.Id;
            return (line.Style, InScope: line.Expected != "-", Right: top == line.Expected, result.Confidence);
        }).ToList();
        foreach (var style in rows.GroupBy(r => r.Style))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {style.Key,-13} {style.Count(r => r.Right)}/{style.Count()} ({(double)style.Count(r => r.Right) / style.Count():P1})"));
        }
        var inScope = rows.Where(r => r.InScope).ToList();
        var outOfScope = rows.Where(r => !r.InScope).ToList();
        var confident = inScope.Count(r => r.Right && r.Confidence == SearchConfidence.Confident);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  evaluation: in-scope top-1 {(double)inScope.Count(r => r.Right) / inScope.Count:P1} ({inScope.Count(r => r.Right)}/{inScope.Count}), " +
            $"answered at once {(double)confident / inScope.Count:P1} (the rest as a numbered choice), " +
            $"out-of-scope rejection {(double)outOfScope.Count(r => r.Right) / outOfScope.Count:P1} ({outOfScope.Count(r => r.Right)}/{outOfScope.Count})"));
        return inScope.Count(r => r.Right);
    }
}
