namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads which of the offered options a resident picked, as a 0-based index: by the number shown ("2", "số 2",
/// "hai", "chọn 2"), by the option's words ("hộ chiếu", "ho chieu"), a fragment of them ("cư", "chieu"), its
/// initials ("cccd") or with a small typo ("ho chiue"). Null when no option or more than one fits equally.
/// </summary>
public static class ChoiceRecognizer
{
    private const int Exact = 3;
    private const int Prefix = 2;
    private const int Typo = 1;

    private static readonly Lexicon<bool> NumberLeadIns = new(
        ("chọn", true), ("lựa chọn", true), ("phương án", true), ("mục", true), ("cái", true), ("câu", true), ("đáp án", true));

    // Words around a choice that are not part of it: "tôi muốn làm hộ chiếu ạ". Dropped only when no option has them.
    private static readonly HashSet<string> Fillers = new(
        ["a", "nhe", "nha", "ne", "oi", "chon", "cai", "toi", "em", "minh", "anh", "chi", "muon", "can", "lam", "ve", "xin",
         "cho", "dang", "ky", "thu", "tuc", "giup", "hoi", "de", "voi", "viec", "la", "nay", "do", "ad", "admin"],
        StringComparer.Ordinal);

    /// <summary>The index of the option the text picks, or null.</summary>
    public static int? Recognize(string? text, IReadOnlyList<Choice>? choices)
    {
        var typed = WordSplitter.Split(text);
        if (typed.Length == 0 || choices is null || choices.Count == 0)
        {
            return null;
        }

        var options = choices.Select(Phrases).ToArray();
        var folded = typed.Select(word => word.Folded).ToArray();

        // An option named in full wins, even when its title is a number ("2 người").
        var named = Unique(options, phrase => phrase.AsSpan().SequenceEqual(folded) ? Exact : -1);
        if (named.Index is { } index)
        {
            return index;
        }

        if (named.Score >= 0)
        {
            return null;
        }

        var numbered = typed.AsSpan();
        if (NumberLeadIns.TryMatch(numbered, out _, out var leadIn) && leadIn < numbered.Length)
        {
            numbered = numbered[leadIn..];
        }

        if (NumberRecognizer.Recognize(numbered) is { } number)
        {
            return number >= 1 && number <= choices.Count ? number - 1 : null;
        }

        var syllables = options.SelectMany(phrases => phrases).SelectMany(phrase => phrase).ToHashSet(StringComparer.Ordinal);
        var meaningful = folded.Where(word => syllables.Contains(word) || !Fillers.Contains(word)).ToArray();
        return meaningful.Length == 0 ? null : Unique(options, phrase => Score(meaningful, phrase)).Index;
    }

    /// <summary>The title, value and synonyms of a choice, each folded and split into syllables.</summary>
    private static string[][] Phrases(Choice? choice)
    {
        if (choice is null)
        {
            return [];
        }

        return new[] { choice.Title, choice.Value }
            .Concat(choice.Synonyms ?? [])
            .Select(phrase => WordSplitter.Split(phrase).Select(word => word.Folded).ToArray())
            .Where(syllables => syllables.Length > 0)
            .ToArray();
    }

    /// <summary>The one option scoring highest; no index when nothing scores or two options share the best score.</summary>
    private static (int? Index, int Score) Unique(string[][][] options, Func<string[], int> score)
    {
        var best = -1;
        int? bestIndex = null;
        for (var i = 0; i < options.Length; i++)
        {
            var optionScore = options[i].Length == 0 ? -1 : options[i].Max(score);
            if (optionScore > best)
            {
                (best, bestIndex) = (optionScore, i);
            }
            else if (optionScore == best && optionScore >= 0)
            {
                bestIndex = null;
            }
        }

        return (bestIndex, best);
    }

    /// <summary>
    /// Every typed syllable must be a syllable of the phrase, the start of one ("cư" of "cư trú"), or one typo away from
    /// one. Whole syllables score above fragments, so "cư" picks "Cư trú" over "Căn cước", whose "cước" it only begins.
    /// </summary>
    private static int Score(string[] typed, string[] phrase)
    {
        if (typed.Length == 1 && phrase.Length >= 2 && IsInitials(typed[0], phrase))
        {
            return Exact * phrase.Length;
        }

        var total = 0;
        foreach (var syllable in typed)
        {
            var best = 0;
            foreach (var candidate in phrase)
            {
                best = Math.Max(best, Match(syllable, candidate));
            }

            if (best == 0)
            {
                return -1;
            }

            total += best;
        }

        return total;
    }

    private static int Match(string typed, string syllable)
    {
        if (string.Equals(typed, syllable, StringComparison.Ordinal))
        {
            return Exact;
        }

        if (typed.Length >= 2 && syllable.StartsWith(typed, StringComparison.Ordinal))
        {
            return Prefix;
        }

        // Short syllables are too close to each other for typos to be told apart: "ho" and "hộ", "to" and "tờ".
        return typed.Length >= 4 && IsOneEditAway(typed, syllable) ? Typo : 0;
    }

    /// <summary>"cccd" for "căn cước công dân", "hc" for "hộ chiếu".</summary>
    private static bool IsInitials(string typed, string[] phrase)
    {
        if (typed.Length != phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i].Length == 0 || phrase[i][0] != typed[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One substitution, insertion, deletion or swap of neighbours: "chiue" for "chieu", "cuco" for "cuoc".</summary>
    private static bool IsOneEditAway(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length < b.Length)
        {
            return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
        }

        return a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length)))
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }
}
