using System.Globalization;

namespace ChatAssistant.Zalo.Api;

/// <summary>
/// Cuts an answer into parts Zalo accepts (a text message holds at most 2,000 characters),
/// preferring the cut a reader would choose: between lines, then between sentences, then between words.
/// </summary>
public static class MessageSplitter
{
    public const int ZaloTextLimit = 2000;

    /// <summary>A surrogate pair needs two UTF-16 units, so a smaller limit could not always make progress.</summary>
    private const int MinimumLength = 2;

    public static IReadOnlyList<string> Split(string text, int maxLength = ZaloTextLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, MinimumLength);

        var parts = new List<string>();
        var start = SkipWhitespace(text, 0);
        while (start < text.Length)
        {
            if (text.AsSpan(start).TrimEnd().Length <= maxLength)
            {
                parts.Add(text[start..].TrimEnd());
                break;
            }

            // Cut positions are exclusive ends: the part is text[start..cut).
            var limit = start + maxLength;
            var cut = LastLineBoundary(text, start, limit)
                ?? LastSentenceBoundary(text, start, limit)
                ?? LastWordBoundary(text, start, limit)
                ?? HardCut(text, start, limit);

            var part = text[start..cut].Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            start = SkipWhitespace(text, cut);
        }

        return parts;
    }

    private static int? LastLineBoundary(string text, int start, int limit)
    {
        for (var cut = limit; cut > start; cut--)
        {
            if (IsLineBreak(text[cut - 1]) || (cut < text.Length && IsLineBreak(text[cut])))
            {
                return cut;
            }
        }

        return null;
    }

    private static int? LastSentenceBoundary(string text, int start, int limit)
    {
        for (var cut = limit; cut > start; cut--)
        {
            var last = text[cut - 1];
            var followedBySpace = cut == text.Length || char.IsWhiteSpace(text[cut]);

            // "…" ends a sentence on its own; a bare "." does not ("3.5", "v3.0").
            if (last == '…' || (last is '.' or '?' or '!' && followedBySpace))
            {
                return cut;
            }
        }

        return null;
    }

    private static int? LastWordBoundary(string text, int start, int limit)
    {
        for (var cut = limit; cut > start; cut--)
        {
            if (char.IsWhiteSpace(text[cut - 1]) || (cut < text.Length && char.IsWhiteSpace(text[cut])))
            {
                return cut;
            }
        }

        return null;
    }

    /// <summary>Last resort: cut between user-perceived characters so no emoji, surrogate pair or
    /// Vietnamese letter with a combining tone mark is torn apart.</summary>
    private static int HardCut(string text, int start, int limit)
    {
        var cut = start;
        while (cut < limit)
        {
            var next = cut + StringInfo.GetNextTextElementLength(text, cut);
            if (next > limit)
            {
                break;
            }

            cut = next;
        }

        if (cut > start)
        {
            return cut;
        }

        // A single text element longer than the limit (a long run of combining marks):
        // fall back to code points, which at least keeps surrogate pairs whole.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
