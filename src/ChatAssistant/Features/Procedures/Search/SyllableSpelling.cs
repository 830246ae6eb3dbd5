namespace ChatAssistant.Features.Procedures.Search;

/// <summary>How residents misspell a syllable: one edit, or a confusion of sounds written alike in Vietnamese.</summary>
internal static class SyllableSpelling
{
    private static readonly (string From, string To)[] InitialSwaps =
        [("ch", "tr"), ("tr", "ch"), ("s", "x"), ("x", "s"), ("d", "gi"), ("gi", "d"), ("d", "r"), ("r", "d"), ("gi", "r"), ("r", "gi")];

    private static readonly (string From, string To)[] FinalSwaps =
        [("ng", "n"), ("n", "ng"), ("ng", "nh"), ("nh", "ng"), ("c", "t"), ("t", "c"), ("y", "i"), ("i", "y")];

    /// <summary>The syllable with one common spelling confusion undone; only the initial for a known syllable.</summary>
    public static IEnumerable<string> PhoneticVariants(string syllable, bool initialsOnly)
    {
        foreach (var (from, to) in InitialSwaps)
        {
            if (syllable.StartsWith(from, StringComparison.Ordinal) && !(from == "g" && syllable.StartsWith("gi", StringComparison.Ordinal)))
            {
                yield return to + syllable[from.Length..];
            }
        }
        foreach (var (from, to) in initialsOnly ? [] : FinalSwaps)
        {
            if (syllable.EndsWith(from, StringComparison.Ordinal) && !(from == "n" && syllable.EndsWith("ng", StringComparison.Ordinal)))
            {
                yield return syllable[..^from.Length] + to;
            }
        }
    }

    /// <summary>Damerau–Levenshtein distance of at most 1 (a substitution, insertion, deletion or adjacent transposition).</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        if (a.Length == b.Length)
        {
            if (a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1)))
            {
                return true;
            }
            return start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start]
                && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2));
        }
        return a.Length > b.Length
            ? a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start))
            : a.AsSpan(start).SequenceEqual(b.AsSpan(start + 1));
    }
}
