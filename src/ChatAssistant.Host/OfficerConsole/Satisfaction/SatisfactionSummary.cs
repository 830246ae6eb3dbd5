using System.Globalization;
using ChatAssistant.Features.Surveys;

namespace ChatAssistant.Host.OfficerConsole.Satisfaction;

/// <summary>The index of one month or one service: answers and the share satisfied (rated 4 or 5).</summary>
public sealed record IndexLine(string Key, string Label, int Responses, double SatisfiedPercent, double AverageRating)
{
    public string Shown => Responses == 0 ? "—" : SatisfiedPercent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}

/// <summary>Rows per service and month, as the charts show them: per month over a year, per service in a month.</summary>
public static class SatisfactionSummary
{
    /// <summary>"yyyy-MM" of the twelve months ending with <paramref name="last"/>'s, oldest first.</summary>
    public static IReadOnlyList<string> MonthsEndingWith(DateOnly last) =>
        [.. Enumerable.Range(0, 12).Select(back => Key(last.AddMonths(back - 11)))];

    public static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"03/2026" for "2026-03".</summary>
    public static string MonthLabel(string key) => key.Length == 7 ? key[5..] + "/" + key[..4] : key;

    /// <summary>One line per month, months without answers included (as zero answers), weighted by answers.</summary>
    public static IReadOnlyList<IndexLine> PerMonth(IReadOnlyList<SatisfactionRow> rows, IReadOnlyList<string> months)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(months);
        return [.. months.Select(month => Combine(month, MonthLabel(month), [.. rows.Where(r => r.Month == month)]))];
    }

    /// <summary>One line per service answered about in <paramref name="month"/>, by name.</summary>
    public static IReadOnlyList<IndexLine> PerService(IReadOnlyList<SatisfactionRow> rows, string month, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(nameOf);
        return [.. rows.Where(r => r.Month == month)
            .Select(r => new IndexLine(r.ServiceId, nameOf(r.ServiceId), r.Responses, r.SatisfiedPercent, r.AverageRating))
            .OrderBy(l => l.Label, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))];
    }

    private static IndexLine Combine(string key, string label, SatisfactionRow[] rows)
    {
        var responses = rows.Sum(r => r.Responses);
        if (responses == 0)
        {
            return new IndexLine(key, label, 0, 0, 0);
        }
        // The rows carry rounded shares; back to counts (exact below a thousand answers a row) before adding up.
        var satisfied = rows.Sum(r => Math.Round(r.Responses * r.SatisfiedPercent / 100));
        var ratingSum = rows.Sum(r => r.Responses * r.AverageRating);
        return new IndexLine(key, label, responses, Math.Round(100 * satisfied / responses, 1), Math.Round(ratingSum / responses, 2));
    }
}
