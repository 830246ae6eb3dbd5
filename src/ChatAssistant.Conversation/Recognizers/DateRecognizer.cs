namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads a date relative to today in Vietnam: "hôm nay", "mai", "ngày mốt", "ngày kia", "hôm qua", "thứ 3",
/// "thứ 3 tuần sau", "chủ nhật", "15/12", "15/12/2026", "ngày 15", "15 tháng 12", "đầu tuần sau" (its Monday),
/// "cuối tuần này" (its Saturday). A date written out wins over a
/// weekday, which wins over a relative word: "thứ 3 ngày 15/12" is 15 December. An impossible date ("31/2") is null,
/// not a guess. Past dates ("hôm qua", "15/12/2025") are returned; callers decide whether to accept them.
/// </summary>
public sealed class DateRecognizer(TimeProvider clock)
{
    // Bare "nay", "kia", "qua", "mốt" mean a day only in a phrase about time ("chiều nay", "tối qua", "chiều mốt");
    // elsewhere they are "this", "that", "through" and "one".
    private static readonly Lexicon<int> Relative = new(
        ("hôm nay", 0), ("bữa nay", 0), ("hôm qua", -1), ("bữa qua", -1), ("hôm kia", -2), ("bữa kia", -2),
        ("ngày mai", 1), ("mai", 1), ("ngày kia", 2), ("ngày mốt", 2), ("bữa mốt", 2));

    private static readonly Lexicon<int> AfterPartOfDay = new(("nay", 0), ("qua", -1), ("kia", 2), ("mốt", 2));

    private readonly TimeProvider _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>The date the text names, or null.</summary>
    public DateOnly? Recognize(string? text) => Recognize(WordSplitter.Split(text));

    internal DateOnly? Recognize(ReadOnlySpan<Word> words)
    {
        if (words.IsEmpty)
        {
            return null;
        }

        var today = VietnamTime.Today(_clock);
        return CalendarDates.Find(words, today, out var date) switch
        {
            CalendarDates.Outcome.Found => date,
            CalendarDates.Outcome.Invalid => null,
            _ => Weekdays.Find(words, today) ?? FindRelative(words, today),
        };
    }

    // Weeks run Monday to Sunday; these name the first or the last working day of one (Saturday: offices open its morning).
    private static readonly Lexicon<int> WeekEnds = new(
        ("đầu tuần sau", 7), ("đầu tuần tới", 7), ("cuối tuần này", 5), ("cuối tuần", 5), ("cuối tuần sau", 12), ("cuối tuần tới", 12));

    private static DateOnly? FindRelative(ReadOnlySpan<Word> words, DateOnly today)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (WeekEnds.TryMatch(words[i..], out var fromMonday, out _))
            {
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                var day = monday.AddDays(fromMonday);
                return day < today ? today : day;
            }

            // "chị Mai ơi" calls someone named Mai.
            var isName = words[i].Is("mai") && i + 1 < words.Length && words[i + 1].Is("oi");
            if (!isName && Relative.TryMatch(words[i..], out var days, out _))
            {
                return today.AddDays(days);
            }

            // "nay" and "kia" opening a reply answer "hôm nào?"; "mot" alone is "một" (one) and "qua" alone "through".
            var afterPartOfDay = i > 0 && DayParts.At(words, i - 1) is not null;
            var opensReply = i == 0 && !words[i].Is("mot") && !words[i].Is("qua");
            if (AfterPartOfDay.TryGet(words[i], out days) && (afterPartOfDay || opensReply))
            {
                return today.AddDays(days);
            }
        }

        return null;
    }
}
