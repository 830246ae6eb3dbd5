using System.Globalization;
using System.Text;

namespace ChatAssistant.Conversation.Text;

/// <summary>Folds Vietnamese text so that what residents type with or without diacritics compares equal.</summary>
public static class VietnameseText
{
    /// <summary>Lower case, no tone or vowel marks, đ as d, runs of spaces and punctuation as one space.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(c switch
                {
                    'đ' or 'Đ' => 'd',
                    _ => char.ToLowerInvariant(c),
                });
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The punctuation that ends a clause of a chat message: "thôi để hôm khác, hủy đi" is two clauses.</summary>
    public static char[] ClauseEnds { get; } = [',', '.', ';', '!', '\n'];

    /// <summary>The message's clauses, trimmed, without the empty ones.</summary>
    public static string[] Clauses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// <see cref="string.Normalize()"/> throws on a lone surrogate, and phones do send half an emoji; recognizers must
    /// answer "not recognized", never throw.
    /// </summary>
    public static string RemoveLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
