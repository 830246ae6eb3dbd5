using System.Text.RegularExpressions;

namespace ChatAssistant.Conversation.Text;

/// <summary>
/// The shape of a Vietnamese syllable written without marks (an initial, a vowel group, a final), and the slips of the
/// thumb that break it: two letters swapped ("lịhc", "đúgn", "dnah", "ngỳa"), the "n" of "ng"/"nh" left out ("chồg",
/// "mìh"), a vowel doubled at the end ("đii"). A word that is no syllable and becomes one by undoing exactly one such slip
/// is that syllable; anything else (loanwords, teen code, two readings) is left as typed.
/// </summary>
/// <remarks>
/// The shape is the language's, not a vocabulary: it needs no word list, and it never touches a word that is already a
/// syllable, so a correct word is never "mended" into another.
/// </remarks>
public static partial class VietnameseSyllable
{
    // Vowel groups that end in a glide ("ai", "ao", "ieu", "uoi"...) take no final consonant; the others may.
    [GeneratedRegex(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
        + "(?:(?:ieu|yeu|uoi|uou|oai|oay|oao|oeo|uay|uya|uyu|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu)"
        + "|(?:uye|ie|ye|uo|oa|oe|ua|ue|uy|a|e|i|o|u|y)(?:ch|ng|nh|c|m|n|p|t)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Whether <paramref name="folded"/> (lower case, no marks) is shaped like one Vietnamese syllable.</summary>
    public static bool IsSyllable(string folded) => folded.Length > 0 && Shape().IsMatch(folded);

    // Words residents type that are no syllable and must stay as they are.
    private static readonly HashSet<string> Loanwords = new(
        ["menu", "admin", "online", "offline", "zalo", "vneid", "video", "clip", "link", "web", "website", "email", "gmail", "app", "file",
         "code", "check", "hello", "hi", "bye", "ok", "oki", "oke", "okie", "okela", "okay", "thanks", "thank", "sorry", "sms", "otp",
         "pdf", "photo", "camera", "facebook", "tiktok", "internet", "wifi", "taxi", "grab", "shipper", "karaoke", "bar", "pub", "massage",
         "game", "audio", "ipad", "iphone", "laptop", "form", "mail", "post", "share", "like", "inbox", "test", "visa", "alo", "hah", "heh", "huh", "hoh", "xoong", "boong"],
        StringComparer.Ordinal);

    /// <summary>
    /// The syllable <paramref name="word"/> was meant to be, when it is none and exactly one slip undone makes one;
    /// otherwise null. <paramref name="typedInTelex"/>: the word showed a Telex key already, so it is Vietnamese typed in
    /// haste and any two letters swapped may be the slip ("lmaf" is "làm"), not only those of a final.
    /// </summary>
    public static string? Mend(string word, bool typedInTelex = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < 3 or > 7 || !word.All(char.IsAsciiLetterLower) || !word.Any(IsVowel) || IsSyllable(word) || Loanwords.Contains(word))
        {
            return null;
        }
        // "cuwowc", "nuwowc": Telex's "w" (the key of ư, ơ, ă) left in the word; never a first letter ("wa" is "qua").
        if (word.IndexOf('w', 1) > 0 && word.Replace("w", "", StringComparison.Ordinal) is { Length: >= 2 } unhooked && IsSyllable(unhooked))
        {
            return unhooked;
        }
        // "đii", "lâuu": a vowel doubled at the end (no syllable ends "ii" or "yy"; "uu" only as "ưu", as in "cứu", which is
        // a syllable and never gets here).
        if (word.EndsWith("ii", StringComparison.Ordinal) || word.EndsWith("yy", StringComparison.Ordinal) || word.EndsWith("uu", StringComparison.Ordinal))
        {
            return IsSyllable(word[..^1]) ? word[..^1] : null;
        }
        // "khônng", "nhữngg" inside: one letter typed twice.
        if (Unique(Enumerable.Range(0, word.Length - 1).Where(i => word[i] == word[i + 1]).Select(i => word.Remove(i, 1))) is { } undoubled)
        {
            return undoubled;
        }
        // "ngafy", "nhiêfu": a Telex tone key typed before the syllable's last letters ("ngày" typed "n-g-a-f-y"). Never the
        // first letter, which may be an initial ("sáng", "xe", "rồi").
        if (Unique(Enumerable.Range(1, word.Length - 1).Where(i => ToneKeys.Contains(word[i])).Select(i => word.Remove(i, 1))) is { } untoned)
        {
            return untoned;
        }
        // "lịhc", "đúgn", "dnah": two neighbouring letters swapped, so the final "ch", "ng" or "nh" came apart; only when one
        // swap alone gives a syllable. (Other swaps would "mend" loanwords and abbreviations: "bca", "time", "atm".)
        var swaps = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] != word[i + 1])
            {
                var swapped = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
                // "ngỳa" for "ngày": the last two vowels swapped, so the glide came before its vowel.
                var lastVowels = i == word.Length - 2 && IsVowel(word[i]) && IsVowel(word[i + 1]);
                if ((typedInTelex || EndsInPairedFinal(swapped) || lastVowels) && IsSyllable(swapped))
                {
                    swaps.Add(swapped);
                }
            }
        }
        if (swaps.Count > 0)
        {
            return swaps.Count == 1 ? swaps.First() : null;
        }
        // "chồg", "mìh": the "n" of a final "ng" or "nh" left out.
        if (word[^1] is 'g' or 'h' && IsVowel(word[^2]))
        {
            var withN = word[..^1] + "n" + word[^1];
            return IsSyllable(withN) ? withN : null;
        }
        return null;
    }

    private const string ToneKeys = "fjrsx";

    /// <summary>The one syllable among <paramref name="candidates"/>; null when none or several differ.</summary>
    private static string? Unique(IEnumerable<string> candidates)
    {
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (!IsSyllable(candidate) || candidate == found)
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = candidate;
        }
        return found;
    }

    private static bool EndsInPairedFinal(string word) =>
        word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("ng", StringComparison.Ordinal) || word.EndsWith("nh", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
