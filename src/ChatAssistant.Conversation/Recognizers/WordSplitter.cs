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
        if (folded.Length > 0)
        {
            words.Add(new Word(typed, folded));
        }
    }
}
