namespace ChatAssistant.Conversation.Recognizers;

/// <summary>Finds "sáng", "trưa", "chiều", "tối", "đêm" in a message and moves a clock hour into that part of the day.</summary>
internal static class DayParts
{
    private static readonly Lexicon<DayPart> Names = new(
        ("sáng", DayPart.Morning), ("trưa", DayPart.Noon), ("chiều", DayPart.Afternoon), ("chìu", DayPart.Afternoon), ("tối", DayPart.Evening),
        ("đêm", DayPart.Night), ("khuya", DayPart.Night));

    // Typed without marks these are also other words: "sang tuần" (next week), "hộ chiếu" (passport), "tôi" (I),
    // "đem" (bring), "chịu" (to accept; "chìu" is how some say "chiều"). Unmarked, they count only between words about time.
    private static readonly HashSet<string> Ambiguous = new(["sang", "chieu", "chiu", "toi", "dem"], StringComparer.Ordinal);

    // The words those fold from besides the parts of the day, spelled with their own marks.
    private static readonly HashSet<string> OtherWords = new(["chiếu", "chiêu", "tôi", "tới", "tời", "đem", "đếm"], StringComparer.Ordinal);

    private static readonly HashSet<string> Before = new(
        ["buoi", "vao", "luc", "khoang", "tam", "hoi", "ban", "ca", "nay", "mai", "mot", "kia", "qua", "gio", "h", "g", "ruoi", "phut", "p"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> After = new(
        ["nay", "mai", "mot", "kia", "qua", "thu", "chu", "cn", "ngay", "hom", "bua", "mung", "a", "nhe", "nha", "nhen", "ne", "di", "luon", "nhi", "oi"],
        StringComparer.Ordinal);

    /// <summary>The part of the day named at <paramref name="index"/>, or null.</summary>
    public static DayPart? At(ReadOnlySpan<Word> words, int index)
    {
        if (index < 0 || index >= words.Length)
        {
            return null;
        }

        var word = words[index];
        if (Names.TryGet(word, out var part))
        {
            if (word.HasMarks || !Ambiguous.Contains(word.Folded))
            {
                return part;
            }
        }
        // "buổi chièu", "sáng hay trứa": marks that spell no part of the day are a slip of the thumb, read as if unmarked,
        // unless they spell the other word ("tôi", "đem", "hộ chiếu").
        else if (!word.HasMarks || OtherWords.Contains(word.Typed) || !Names.TryGet(new Word(word.Folded, word.Folded), out part))
        {
            return null;
        }
        else if (!Ambiguous.Contains(word.Folded))
        {
            return part;
        }

        return (IsTimeBefore(words, index) && IsTimeAfter(words, index)) || NamesADay(words, index) ? part : null;
    }

    /// <summary>
    /// "đặt lịch đổi căn cước chieu nay lúc 4h": an unmarked part of the day before "nay", "mai", "qua" names that day's
    /// part wherever it stands, unless the word before reads it as the other word ("hộ chiếu", "đổi sang mai").
    /// </summary>
    /// <remarks>"đăng ký tạm trú chieu t6", "chieu thu 5": before a weekday only "chiều" does, for "sang thứ 6" is as often
    /// "moved to Friday".</remarks>
    private static bool NamesADay(ReadOnlySpan<Word> words, int index) =>
        index + 1 < words.Length
        && (DayWords.Contains(words[index + 1].Folded) || (words[index].Is("chieu") && IsWeekday(words[index + 1].Folded)))
        && Confusions.TryGetValue(words[index].Folded, out var before) && !(index > 0 && before.Contains(words[index - 1].Folded));

    // "thu" (thứ), "cn", "t2" to "t7".
    private static bool IsWeekday(string folded) =>
        folded is "thu" or "cn" || (folded.Length == 2 && folded[0] == 't' && folded[1] is >= '2' and <= '7');

    private static readonly HashSet<string> DayWords = new(["nay", "mai", "qua", "kia"], StringComparer.Ordinal);

    // The words before which an unmarked "chieu" or "sang" is another word. ("toi mai", "dem nay" are as often "tôi",
    // "đem": those two count only between words about time.)
    private static readonly Dictionary<string, HashSet<string>> Confusions = new(StringComparer.Ordinal)
    {
        ["chieu"] = new(["ho"], StringComparer.Ordinal),
        ["sang"] = new(["doi", "chuyen", "qua", "lui", "dat", "lich", "hen", "dua", "gui", "em", "toi", "minh", "anh", "chi"], StringComparer.Ordinal),
    };

    /// <summary>The first part of the day named anywhere in the message.</summary>
    public static DayPart? Find(ReadOnlySpan<Word> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (At(words, i) is { } part)
            {
                return part;
            }
        }

        return null;
    }

    public static PartOfDay ToPublic(DayPart part) => part switch
    {
        DayPart.Morning => PartOfDay.Morning,
        DayPart.Noon => PartOfDay.Noon,
        DayPart.Afternoon => PartOfDay.Afternoon,
        _ => PartOfDay.Evening,
    };

    /// <summary>
    /// "2 giờ chiều" is 14:00, "1 giờ trưa" 13:00, "12 giờ đêm" 00:00, "1 giờ đêm" 01:00; hours already past 12 were
    /// said on a 24-hour clock and stay as they are.
    /// </summary>
    public static int ToClockHour(int hour, DayPart? part) => (part, hour) switch
    {
        (_, > 12) => hour,
        (DayPart.Noon, >= 1 and <= 4) => hour + 12,
        (DayPart.Afternoon, >= 1 and <= 11) => hour + 12,
        (DayPart.Evening, >= 1 and <= 11) => hour + 12,
        (DayPart.Night, >= 6 and <= 11) => hour + 12,
        (DayPart.Evening or DayPart.Night, 12) => 0,
        _ => hour,
    };

    private static bool IsTimeBefore(ReadOnlySpan<Word> words, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var previous = words[index - 1];
        return Before.Contains(previous.Folded)
            || previous.HasDigit
            // "thứ ba chiều", "chủ nhật tối".
            || (index >= 2 && (words[index - 2].Is("thu") || words[index - 2].Is("chu")));
    }

    private static bool IsTimeAfter(ReadOnlySpan<Word> words, int index) =>
        index == words.Length - 1 || After.Contains(words[index + 1].Folded) || words[index + 1].HasDigit
        || (!words[index].Is("toi") && AfterAPart.Contains(words[index + 1].Folded));

    // "buổi chiều cùng ngày", "chiều được không", "sáng có làm không": after a part of the day, but after "tôi" (I) too.
    private static readonly HashSet<string> AfterAPart = new(
        ["cung", "do", "ay", "duoc", "dc", "co", "thi", "roi", "r", "hay", "hoac", "va", "som", "muon", "lam"],
        StringComparer.Ordinal);
}
