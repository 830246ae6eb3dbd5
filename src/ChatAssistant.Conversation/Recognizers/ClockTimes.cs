using System.Globalization;

namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Finds the first clock time in a message: "8h30", "8:30", "8 giờ rưỡi", "tám giờ", "8h kém 15", "2 giờ chiều",
/// "9 sáng". A time that is written as one but cannot be ("25h", "8h75") makes the whole message null.
/// </summary>
internal static class ClockTimes
{
    private static readonly Lexicon<bool> HourWords = new(("giờ", true), ("h", true), ("g", true));
    private static readonly Lexicon<bool> MinuteWords = new(("phút", true), ("p", true), ("ph", true));
    private static readonly Lexicon<bool> Half = new(("rưỡi", true), ("rưởi", true));
    private static readonly Lexicon<bool> Before = new(("kém", true));

    // "thứ 2 chiều" is Monday afternoon and "ngày 15 chiều" the 15th, not 14:00 or 15:00.
    private static readonly HashSet<string> NotAnHourAfter = new(
        ["thu", "ngay", "thang", "nam", "so", "mung", "mong", "tuan"], StringComparer.Ordinal);

    private static readonly HashSet<string> TimeLeads = new(["luc", "tam", "khoang", "vao", "den", "toi", "tu", "chung"], StringComparer.Ordinal);

    // Unmarked "bay gio" is "bây giờ" (now), "sau gio" is "after hours", "tu gio" is "từ giờ" (from now on); a
    // resident who means seven o'clock types "7h" or "bảy giờ".
    private static readonly HashSet<string> NotAnHourUnmarked = new(["bay", "sau"], StringComparer.Ordinal);

    private enum Outcome
    {
        None,
        Found,
        Invalid,
    }

    public static TimeOnly? Find(ReadOnlySpan<Word> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            switch (ReadAt(words, i, out var time))
            {
                case Outcome.Found:
                    return time;
                case Outcome.Invalid:
                    return null;
            }
        }

        return null;
    }

    private static Outcome ReadAt(ReadOnlySpan<Word> words, int index, out TimeOnly time)
    {
        time = default;
        var word = words[index];
        var next = index + 1;
        int hour;
        int? minute = null;
        if (TrySplit(word.Folded, ':', out hour, out var colonMinute))
        {
            minute = colonMinute;
        }
        else if (TrySplit(word.Folded, '.', out hour, out var dotMinute)
            && (DayParts.At(words, next) is not null || (index > 0 && words[index - 1].Is("luc"))))
        {
            // "8.30" is also how 8 December is written, so it is a time only as "8.30 sáng" or "lúc 8.30".
            minute = dotMinute;
        }
        else if (!TryCompact(word.Folded, out hour, out minute))
        {
            if (!TryHour(words, index, out hour, out var length))
            {
                return Outcome.None;
            }

            next = index + length;
            if (next < words.Length && HourWords.Contains(words[next]))
            {
                next++;
            }
            else if (next < words.Length && Half.Contains(words[next]))
            {
                minute = 30;
                next++;
            }
            else if (hour is >= 1 and <= 12 && DayParts.At(words, next) is not null && (word.IsDigits || (index > 0 && TimeLeads.Contains(words[index - 1].Folded))))
            {
                // "9 sáng", "2 chiều", "khoảng chín sáng": the hour word is often left out before a part of the day. Not
                // "đi làm xa cả năm, sáng mai": a number word so placed is an hour only after a word leading to a time.
                minute = 0;
            }
            else
            {
                return Outcome.None;
            }
        }

        var early = 0;
        if (minute is null && !TryMinutes(words, ref next, out minute, out early))
        {
            return Outcome.Invalid;
        }

        if (hour > 23 || minute > 59)
        {
            return Outcome.Invalid;
        }

        var part = DayParts.At(words, next) ?? DayParts.Find(words);
        var total = DayParts.ToClockHour(hour, part) * 60 + (minute ?? 0) - early;
        total = (total + 24 * 60) % (24 * 60);
        time = new TimeOnly(total / 60, total % 60);
        return Outcome.Found;
    }

    /// <summary>What follows the hour: "30", "30 phút", "rưỡi", "kém 15", "mười lăm", or nothing (o'clock).</summary>
    private static bool TryMinutes(ReadOnlySpan<Word> words, ref int next, out int? minute, out int early)
    {
        minute = 0;
        early = 0;
        if (next >= words.Length)
        {
            return true;
        }

        if (Half.Contains(words[next]))
        {
            minute = 30;
            next++;
            return true;
        }

        var isBefore = Before.Contains(words[next]);
        var at = isBefore ? next + 1 : next;
        if (!TryMinuteNumber(words[at..], out var value, out var length))
        {
            // "8 giờ kém" says nothing about minutes, so it cannot be read.
            return !isBefore;
        }

        next = at + length;
        if (next < words.Length && MinuteWords.Contains(words[next]))
        {
            next++;
        }

        if (isBefore)
        {
            early = value;
            return value is >= 1 and <= 59;
        }

        minute = value;
        return true;
    }

    private static bool TryMinuteNumber(ReadOnlySpan<Word> words, out int value, out int length)
    {
        value = 0;
        length = 0;
        if (words.IsEmpty || (words[0].IsDigits && words[0].Folded.Length > 2))
        {
            return false;
        }

        return NumberWords.TryParseDigitsOrWords(words[..Math.Min(words.Length, 3)], out value, out length);
    }

    private static bool TryHour(ReadOnlySpan<Word> words, int index, out int hour, out int length)
    {
        hour = 0;
        length = 0;
        var word = words[index];
        if ((index > 0 && NotAnHourAfter.Contains(words[index - 1].Folded))
            || word.Is("tu")
            || (!word.HasMarks && NotAnHourUnmarked.Contains(word.Folded))
            || (word.IsDigits && word.Folded.Length > 2))
        {
            return false;
        }

        return NumberWords.TryParseDigitsOrWords(words[index..Math.Min(words.Length, index + 3)], out hour, out length);
    }

    /// <summary>"8:30", "14:00" (and "8.30"): one or two digits, the separator, exactly two digits.</summary>
    private static bool TrySplit(string word, char separator, out int hour, out int minute)
    {
        hour = minute = 0;
        var at = word.IndexOf(separator, StringComparison.Ordinal);
        return at is 1 or 2
            && word.Length == at + 3
            && int.TryParse(word.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(word.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minute);
    }

    /// <summary>"8h", "8h30", "14h00p", "8g", "8g30", "8gio30": what residents type most.</summary>
    private static bool TryCompact(string word, out int hour, out int? minute)
    {
        hour = 0;
        minute = null;
        var digits = CountDigits(word, 0);
        if (digits is < 1 or > 2)
        {
            return false;
        }

        var rest = word.AsSpan(digits);
        var marker = rest.StartsWith("gio", StringComparison.Ordinal) ? 3 : rest.StartsWith("h", StringComparison.Ordinal) || rest.StartsWith("g", StringComparison.Ordinal) ? 1 : 0;
        if (marker == 0)
        {
            return false;
        }

        hour = int.Parse(word.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        rest = rest[marker..];
        var minuteDigits = CountDigits(word, word.Length - rest.Length);
        if (minuteDigits > 2)
        {
            return false;
        }

        var suffix = rest[minuteDigits..];
        if (!suffix.IsEmpty && suffix is not "p" and not "ph" and not "phut")
        {
            return false;
        }

        if (minuteDigits > 0)
        {
            minute = int.Parse(rest[..minuteDigits], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return true;
    }

    private static int CountDigits(string word, int start)
    {
        var end = start;
        while (end < word.Length && char.IsAsciiDigit(word[end]))
        {
            end++;
        }

        return end - start;
    }
}
