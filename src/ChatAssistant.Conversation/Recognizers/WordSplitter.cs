using System.Globalization;
using System.Text;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Splits a message into <see cref="Word"/>s. Digits joined by ':', '/', '-' or '.' stay one word ("8:30", "15/12/2026"):
/// <see cref="VietnameseText.Fold"/> alone would turn "15/12" into "15 12", which reads like two separate numbers.
/// </summary>
internal static class WordSplitter
{
    public static Word[] Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var clean = VietnameseText.RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormC);
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && (IsWordChar(clean[i]) || IsDigitJoiner(clean, i)))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                Add(words, clean[start..i]);
                start = -1;
            }
        }

        return [.. words];
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsDigitJoiner(string text, int i) =>
        text[i] is ':' or '/' or '-' or '.'
        && i > 0 && char.IsAsciiDigit(text[i - 1])
        && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static void Add(List<Word> words, string chunk)
    {
        var typed = chunk.ToLowerInvariant();
        var folded = chunk.AsSpan().IndexOfAny(":/-.") >= 0 ? typed : VietnameseText.Fold(chunk);
        if (folded.Length == 0)
        {
            return;
        }
        // A word with a keyboard slip is the word without it, and without marks: "thuw 5" is "thu 5", "dduợc" is "duoc".
        if (WithoutTelexSlip(folded) is { } mended)
        {
            words.Add(new Word(mended, mended));
            return;
        }
        words.Add(new Word(typed, folded));
    }

    private const string TelexKeys = "fjrsxwz";

    /// <summary>
    /// A word typed with Telex whose tone or vowel keys were left as letters ("chieuf", "thuw", "guiwr", "cungx"), or with
    /// its last consonant doubled ("xongg", "ngonn"), or another slip of the thumb <see cref="VietnameseSyllable.Mend"/>
    /// undoes: the word meant, or null when the word shows no such slip. A Vietnamese syllable never ends in those keys or
    /// in a doubled consonant, so the mend cannot change a real word.
    /// </summary>
    internal static string? WithoutTelexSlip(string word)
    {
        // Abbreviations have no vowel ("pccc", "csgt", "sdt"): they are not syllables to mend.
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower) || !word.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        var typedLength = word.Length;
        word = WithoutHeldVowel(word) ?? word;
        var end = word.Length;
        while (end > 2 && TelexKeys.Contains(word[end - 1], StringComparison.Ordinal) && EndsLikeASyllable(word.AsSpan(0, end - 1)))
        {
            end--;
        }
        var doubledFinal = false;
        if (end == word.Length && word[^1] == word[^2] && "ghnctmpk".Contains(word[^1], StringComparison.Ordinal) && EndsLikeASyllable(word.AsSpan(0, end - 1)))
        {
            end--;
            doubledFinal = true;
        }
        var mended = word[..end];
        // Telex's own doubled letters left unconverted: "dd" for "đ" ("dduợc"), "aa", "ee", "oo" for "â", "ê", "ô" ("tooi",
        // "thooi"). No Vietnamese syllable has them, but the loanwords "xoong" and "boong".
        if (mended.StartsWith("dd", StringComparison.Ordinal))
        {
            mended = mended[1..];
        }
        foreach (var doubled in (string[])["aa", "ee", "oo"])
        {
            var at = mended.IndexOf(doubled, StringComparison.Ordinal);
            if (at >= 0 && !mended.EndsWith("oong", StringComparison.Ordinal))
            {
                mended = mended.Remove(at, 1);
            }
        }
        if (mended.Length < typedLength)
        {
            // "antt" (an ninh trật tự) lost only its doubled last letter and is still no syllable: an abbreviation, not a slip.
            if (doubledFinal && mended.Length == word.Length - 1 && !VietnameseSyllable.IsSyllable(mended))
            {
                return null;
            }
            // "lmaf": the Telex key off, then the swapped letters put back.
            return VietnameseSyllable.IsSyllable(mended) ? mended : VietnameseSyllable.Mend(mended, typedInTelex: true) ?? mended;
        }
        // Not a Telex slip: perhaps one of the thumb ("lịhc", "chồg").
        return VietnameseSyllable.Mend(word);
    }

    /// <summary>
    /// A last vowel held for emphasis ("gửiii", "đii", "okeee", "nhaaa"): the word with it once. No syllable ends in a
    /// vowel twice, but "ưu" ("cứu", "hưu"), which is left alone.
    /// </summary>
    private static string? WithoutHeldVowel(string word)
    {
        var last = word[^1];
        if (!"aeioy".Contains(last, StringComparison.Ordinal))
        {
            return null;
        }
        var start = word.Length - 1;
        while (start > 0 && word[start - 1] == last)
        {
            start--;
        }
        return word.Length - start >= 2 && start > 0 ? word[..(start + 1)] : null;
    }

    private static bool EndsLikeASyllable(ReadOnlySpan<char> letters) =>
        letters.Length > 0 && ("aeiouy".Contains(letters[^1]) || letters.EndsWith("ng") || letters.EndsWith("nh") || letters.EndsWith("ch")
            || letters[^1] is 'c' or 'm' or 'n' or 'p' or 't' || (letters[^1] is 'w' or 'f' or 'j' or 'r' or 's' or 'x' or 'z' && letters.Length > 2));
}
