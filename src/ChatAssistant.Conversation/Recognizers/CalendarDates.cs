using System.Globalization;

namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Finds a date written out: "15/12", "15-12-2026", "15/12/26", "ngày 15", "mùng 5", "ngày 15 tháng 12 năm 2026",
/// "15 tháng 12", "ngày 15 tháng sau". Without a year, a date already past this year means next year's.
/// </summary>
internal static class CalendarDates
{
    private static readonly Lexicon<bool> DayWords = new(("ngày", true), ("mùng", true), ("mồng", true));
    private static readonly Lexicon<bool> MonthWord = new(("tháng", true));
    private static readonly Lexicon<bool> YearWord = new(("năm", true));

    // Months by name, and months relative to today. Unmarked "thang sau" is read as "tháng sau" (next month), far more
    // common when booking than "tháng sáu" typed without marks; "tháng 6" and "tháng sáu" still mean June.
    private static readonly Lexicon<int> MonthNames = new(
        ("giêng", 1), ("chạp", 12), ("sau", NextMonth), ("tới", NextMonth), ("này", ThisMonth), ("nay", ThisMonth));

    private const int NextMonth = -1;
    private const int ThisMonth = -2;

    public enum Outcome
    {
        None,
        Found,
        Invalid,
    }

    public static Outcome Find(ReadOnlySpan<Word> words, DateOnly today, out DateOnly date)
    {
        date = default;
        for (var i = 0; i < words.Length; i++)
        {
            var outcome = words[i].Folded.AsSpan().IndexOfAny("/-.") > 0
                ? ReadNumeric(words[i].Folded, today, out date)
                : ReadSpoken(words, i, today, out date);
            if (outcome != Outcome.None)
            {
                return outcome;
            }
        }

        return Outcome.None;
    }

    /// <summary>"15/12", "15-12", "15.12", with a year of two or four digits.</summary>
    private static Outcome ReadNumeric(string word, DateOnly today, out DateOnly date)
    {
        date = default;
        var parts = word.Split('/', '-', '.');
        if (parts.Length is < 2 or > 3
            || parts[0].Length is < 1 or > 2
            || parts[1].Length is < 1 or > 2
            || (parts.Length == 3 && parts[2].Length is not 2 and not 4))
        {
            return Outcome.None;
        }

        var day = Parse(parts[0]);
        var month = Parse(parts[1]);
        int? year = parts.Length == 3 ? Normalize(Parse(parts[2])) : null;
        var outcome = Build(day, month, year, today, out date);

        // "8.30" may be half past eight, so a dotted non-date is left for the time recognizer rather than rejected.
        return outcome == Outcome.Invalid && word.Contains('.', StringComparison.Ordinal) ? Outcome.None : outcome;
    }

    /// <summary>"ngày 15 [tháng 12 [năm 2026]]" or "15 tháng 12 [năm 2026]", in digits or words.</summary>
    private static Outcome ReadSpoken(ReadOnlySpan<Word> words, int index, DateOnly today, out DateOnly date)
    {
        date = default;
        var at = index;
        var saidDay = DayWords.Contains(words[at]);
        if (saidDay)
        {
            at++;
            // Unmarked "ngay mot" is "ngày mốt" (the day after tomorrow), unless a month follows: "ngay mot thang 5".
            if (at < words.Length && words[at].Is("mot") && !words[at].HasMarks
                && !(at + 1 < words.Length && MonthWord.Contains(words[at + 1])))
            {
                return Outcome.None;
            }
        }

        if (at >= words.Length || (words[at].IsDigits && words[at].Folded.Length > 2)
            || !NumberWords.TryParseDigitsOrWords(words[at..Math.Min(words.Length, at + 3)], out var day, out var length))
        {
            return Outcome.None;
        }

        // "có làm cả ngày không": "không" after "ngày" asks a question; no one writes the day zero in words.
        if (day == 0 && !words[at].IsDigits)
        {
            return Outcome.None;
        }

        at += length;
        if (at + 1 < words.Length && MonthWord.Contains(words[at]))
        {
            if (!TryMonth(words[(at + 1)..], today, out var month, out var relative, out length))
            {
                return saidDay ? Build(day, today, out date) : Outcome.None;
            }

            at += 1 + length;
            int? year = null;
            if (at + 1 < words.Length && YearWord.Contains(words[at]) && words[at + 1].IsDigits
                && words[at + 1].Folded.Length is 2 or 4)
            {
                year = Normalize(Parse(words[at + 1].Folded));
            }

            return Build(day, month, year ?? relative, today, out date);
        }

        return saidDay ? Build(day, today, out date) : Outcome.None;
    }

    private static bool TryMonth(ReadOnlySpan<Word> words, DateOnly today, out int month, out int? year, out int length)
    {
        year = null;
        length = 0;
        if (MonthNames.TryGet(words[0], out month))
        {
            length = 1;
            if (month is NextMonth or ThisMonth)
            {
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(month == NextMonth ? 1 : 0);
                (month, year) = (first.Month, first.Year);
            }

            return true;
        }

        return (!words[0].IsDigits || words[0].Folded.Length <= 2)
            && NumberWords.TryParseDigitsOrWords(words[..Math.Min(words.Length, 3)], out month, out length);
    }

    /// <summary>"ngày 15": the next 15th on or after today, skipping months too short for it.</summary>
    private static Outcome Build(int day, DateOnly today, out DateOnly date)
    {
        date = default;
        if (day is < 1 or > 31)
        {
            return Outcome.Invalid;
        }

        var month = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < 12; i++, month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) >= today)
            {
                date = month.AddDays(day - 1);
                return Outcome.Found;
            }
        }

        return Outcome.Invalid;
    }

    /// <summary>A day and month, in the given year or else the coming one: "15/12" said on 16 December is next year's.</summary>
    private static Outcome Build(int day, int month, int? year, DateOnly today, out DateOnly date)
    {
        date = default;
        if (year is { } given)
        {
            return IsValid(given, month, day) ? Found(new DateOnly(given, month, day), out date) : Outcome.Invalid;
        }

        for (var candidate = today.Year; candidate <= today.Year + 1; candidate++)
        {
            if (IsValid(candidate, month, day) && new DateOnly(candidate, month, day) >= today)
            {
                return Found(new DateOnly(candidate, month, day), out date);
            }
        }

        return Outcome.Invalid;
    }

    private static Outcome Found(DateOnly value, out DateOnly date)
    {
        date = value;
        return Outcome.Found;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Parse(string digits) =>
        digits.Length is > 0 and <= 9 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static int Normalize(int year) => year is >= 0 and < 100 ? 2000 + year : year;
}
