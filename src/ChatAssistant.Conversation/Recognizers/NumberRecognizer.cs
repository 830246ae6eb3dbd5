namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads a reply that is just a number: "2", " 15 ", "số 2", "so hai", "là mười lăm ạ", "hai mươi mốt", "chín chín".
/// The whole reply must be the number, so "hai người", "năm nay" and "thứ 2" (a weekday) are not numbers.
/// </summary>
public static class NumberRecognizer
{
    private static readonly Lexicon<bool> Prefixes = new(("số", true), ("là", true));

    private static readonly Lexicon<bool> Particles = new(
        ("ạ", true), ("à", true), ("nhé", true), ("nha", true), ("nhá", true), ("nhen", true), ("nè", true));

    /// <summary>The number the whole text says, or null.</summary>
    public static int? Recognize(string? text) => Recognize(WordSplitter.Split(text));

    internal static int? Recognize(ReadOnlySpan<Word> words)
    {
        while (words.Length > 1 && Prefixes.Contains(words[0]))
        {
            words = words[1..];
        }

        while (words.Length > 1 && Particles.Contains(words[^1]))
        {
            words = words[..^1];
        }

        if (words.IsEmpty)
        {
            return null;
        }

        if (words[0].IsDigits)
        {
            return words.Length == 1 && NumberWords.TryParseDigitsOrWords(words, out var digits, out _) ? digits : null;
        }

        return NumberWords.TryParse(words, out var value) ? value : null;
    }
}
