namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Finds a weekday: "thứ 2" … "thứ 7", "thứ hai" … "thứ bảy", "t3", "chủ nhật", "cn", optionally with
/// "tuần sau"/"tuần tới" (next week), "tuần này" or "tuần trước", weeks starting on Monday as on Vietnamese calendars.
/// </summary>
internal static class Weekdays
{
    private static readonly Lexicon<bool> Thu = new(("thứ", true));

    private static readonly Lexicon<DayOfWeek> Names = new(
        ("hai", DayOfWeek.Monday), ("ba", DayOfWeek.Tuesday), ("tư", DayOfWeek.Wednesday), ("năm", DayOfWeek.Thursday),
        ("sáu", DayOfWeek.Friday), ("bảy", DayOfWeek.Saturday), ("bẩy", DayOfWeek.Saturday));

    private static readonly Lexicon<DayOfWeek> Sunday = new(("chủ nhật", DayOfWeek.Sunday), ("cn", DayOfWeek.Sunday));

    private static readonly Lexicon<int> Weeks = new(
        ("tuần sau nữa", 2), ("tuần sau", 1), ("tuần tới", 1), ("tuần kế", 1), ("tuần kế tiếp", 1), ("tuần này", 0),
        ("tuần trước", -1));

    /// <summary>
    /// The named weekday. Without a week it is the nearest such day on or after today: "thứ 3" said on a Tuesday is
    /// today, because offices book same-day visits and a dialog can still ask "hôm nay hay tuần sau?".
    /// </summary>
    public static DateOnly? Find(ReadOnlySpan<Word> words, DateOnly today)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (TryRead(words, i, out var day))
            {
                return Resolve(day, FindWeek(words), today);
            }
        }

        return null;
    }

    private static bool TryRead(ReadOnlySpan<Word> words, int index, out DayOfWeek day)
    {
        var word = words[index];
        if (Sunday.TryMatch(words[index..], out day, out _))
        {
            return true;
        }

        // "t2" … "t7", as written on notices and typed by residents.
        if (word.Folded.Length == 2 && word.Folded[0] == 't' && word.Folded[1] is >= '2' and <= '7')
        {
            day = (DayOfWeek)(word.Folded[1] - '1');
            return true;
        }

        if (index + 1 >= words.Length || word.Folded != "thu")
        {
            return false;
        }

        // Before a digit, "thú 2", "thừ 3" are slips of the tone mark: nothing else is a "thu" with a weekday's number.
        var next = words[index + 1];
        if (next.Folded.Length == 1 && next.Folded[0] is >= '2' and <= '7')
        {
            day = (DayOfWeek)(next.Folded[0] - '1');
            return true;
        }

        return Thu.Contains(word) && Names.TryGet(next, out day);
    }

    private static int? FindWeek(ReadOnlySpan<Word> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (Weeks.TryMatch(words[i..], out var weeks, out _))
            {
                return weeks;
            }
        }

        return null;
    }

    private static DateOnly Resolve(DayOfWeek day, int? weeks, DateOnly today)
    {
        if (weeks is null)
        {
            return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
        }

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return monday.AddDays(7 * weeks.Value + ((int)day + 6) % 7);
    }
}
