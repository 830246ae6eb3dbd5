namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads Vietnamese number words from 0 to 999: "mười lăm", "hai mươi mốt", "chín chín" (99 in speech),
/// "hai lăm" (25), "một trăm linh năm". Shared by the number, time, date and choice recognizers.
/// </summary>
internal static class NumberWords
{
    private const int Ten = 10;
    private const int Tens = -10;
    private const int Hundred = 100;
    private const int Zero = -1;

    private static readonly Lexicon<int> Units = new(
        ("không", 0), ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("năm", 5),
        ("sáu", 6), ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9));

    // After "mươi" (and in "hai lăm") 1 may be "mốt" and 5 is "lăm"; "năm" there means year: "hai mươi năm" is twenty
    // years, so it is not read as 25.
    private static readonly Lexicon<int> Trailing = new(
        ("một", 1), ("mốt", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("lăm", 5), ("nhăm", 5),
        ("sáu", 6), ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9));

    private static readonly Lexicon<int> Markers = new(
        ("mười", Ten), ("mươi", Ten), ("chục", Tens), ("trăm", Hundred), ("linh", Zero), ("lẻ", Zero));

    /// <summary>True when all <paramref name="words"/> together are one number.</summary>
    public static bool TryParse(ReadOnlySpan<Word> words, out int value)
    {
        value = 0;
        if (words.Length >= 2 && Units.TryGet(words[0], out var hundreds) && hundreds > 0 && IsMarker(words[1], Hundred))
        {
            var rest = words[2..];
            var below = 0;
            var parsed = rest.Length switch
            {
                0 => true,
                // "một trăm linh năm" is 105.
                2 when IsMarker(rest[0], Zero) => Units.TryGet(rest[1], out below) && below > 0,
                // "một trăm hai" is 120 in speech: the tens word is dropped, as in "chín chín".
                1 when Trailing.TryGet(rest[0], out var tens) => (below = tens * 10) > 0,
                _ => TryBelowHundred(rest, out below) && below >= 10,
            };
            value = hundreds * 100 + below;
            return parsed;
        }

        return TryBelowHundred(words, out value);
    }

    /// <summary>The longest run of words from the start of <paramref name="words"/> that is a number.</summary>
    public static bool TryParseLeading(ReadOnlySpan<Word> words, out int value, out int length)
    {
        for (length = Math.Min(words.Length, 6); length > 0; length--)
        {
            if (TryParse(words[..length], out value))
            {
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>A number typed as digits (at most 9, so it fits an int) or as words.</summary>
    public static bool TryParseDigitsOrWords(ReadOnlySpan<Word> words, out int value, out int length)
    {
        if (words.Length > 0 && words[0].IsDigits && words[0].Folded.Length <= 9)
        {
            value = int.Parse(words[0].Folded, System.Globalization.CultureInfo.InvariantCulture);
            length = 1;
            return true;
        }

        return TryParseLeading(words, out value, out length);
    }

    private static bool TryBelowHundred(ReadOnlySpan<Word> words, out int value)
    {
        value = 0;
        switch (words.Length)
        {
            case 1 when Units.TryGet(words[0], out var unit):
                value = unit;
                return true;
            case 1 when IsMarker(words[0], Ten):
                value = 10;
                return true;
            case 2 when IsMarker(words[0], Ten):
                return Trailing.TryGet(words[1], out var teen) && (value = 10 + teen) > 10;
            case 2 when Units.TryGet(words[0], out var tens) && tens >= 1:
                if (IsMarker(words[1], Tens) || (tens >= 2 && IsMarker(words[1], Ten)))
                {
                    value = tens * 10;
                    return true;
                }

                // "chín chín", "hai lăm", "ba mốt": the tens word is dropped in speech.
                return tens >= 2 && Trailing.TryGet(words[1], out var ones) && (value = tens * 10 + ones) > 0;
            case 3 when Units.TryGet(words[0], out var tens) && tens >= 2:
                return (IsMarker(words[1], Ten) || IsMarker(words[1], Tens))
                    && Trailing.TryGet(words[2], out var last)
                    && (value = tens * 10 + last) > 0;
            default:
                return false;
        }
    }

    private static bool IsMarker(Word word, int marker) => Markers.TryGet(word, out var found) && found == marker;
}
