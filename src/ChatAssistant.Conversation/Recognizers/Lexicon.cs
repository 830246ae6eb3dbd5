using System.Diagnostics.CodeAnalysis;

namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Words and short phrases, written with their diacritics, matched against what a resident typed. A typed word matches
/// an entry when it folds to the same letters and was typed either with exactly the entry's marks or with no marks at
/// all; without marks we cannot tell "tối" from "tôi", so the entry listed first for those letters wins.
/// </summary>
internal sealed class Lexicon<T>
{
    private readonly Dictionary<string, Entry[]> _byFirstWord;

    public Lexicon(params (string Spelling, T Value)[] entries)
    {
        // Longer phrases first, so "không cần" is read before "không"; OrderByDescending is stable, so listing order
        // still decides between entries of the same length.
        _byFirstWord = entries
            .Select(entry => new Entry(WordSplitter.Split(entry.Spelling), entry.Value))
            .Where(entry => entry.Words.Length > 0)
            .GroupBy(entry => entry.Words[0].Folded, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(entry => entry.Words.Length).ToArray(),
                StringComparer.Ordinal);
    }

    public bool TryGet(Word word, [MaybeNullWhen(false)] out T value) => TryMatch([word], out value, out _);

    public bool Contains(Word word) => TryMatch([word], out _, out _);

    /// <summary>The longest entry that the words starting at <paramref name="words"/>[0] spell.</summary>
    public bool TryMatch(ReadOnlySpan<Word> words, [MaybeNullWhen(false)] out T value, out int length)
    {
        if (words.Length > 0 && _byFirstWord.TryGetValue(words[0].Folded, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.IsSpelledBy(words))
                {
                    value = candidate.Value;
                    length = candidate.Words.Length;
                    return true;
                }
            }
        }

        value = default;
        length = 0;
        return false;
    }

    private sealed record Entry(Word[] Words, T Value)
    {
        public bool IsSpelledBy(ReadOnlySpan<Word> typed)
        {
            if (typed.Length < Words.Length)
            {
                return false;
            }

            // Once a word of a phrase is typed as the phrase spells it, a slip in the marks of another ("chủ nhât", "thứ 4
            // tuân sau") does not make it another phrase: only single words are ambiguous without their marks.
            var oneExact = false;
            for (var i = 0; i < Words.Length; i++)
            {
                if (!string.Equals(typed[i].Folded, Words[i].Folded, StringComparison.Ordinal))
                {
                    return false;
                }
                oneExact |= string.Equals(typed[i].Typed, Words[i].Typed, StringComparison.Ordinal);
            }
            for (var i = 0; i < Words.Length; i++)
            {
                if (typed[i].HasMarks && !(Words.Length > 1 && oneExact) && !string.Equals(typed[i].Typed, Words[i].Typed, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
