using System.Text;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.Followers;

/// <summary>
/// Finds the place in what a resident wrote: "5", "tổ 5", "TDP 5", "tôi ở tổ dân phố số 5 ạ", "thon dong", "thôn Đôgn".
/// With the account's list the answer must name one of its groups; without one, any "tổ …" or "thôn …" is taken as typed.
/// </summary>
internal static class PlaceRecognizer
{
    // Words before the place: "tôi ở", "nhà em thuộc", "tôi là người dân sống tại".
    private static readonly HashSet<string> LeadIns = new(
        ["toi", "em", "minh", "chau", "con", "nha", "gia", "dinh", "o", "song", "thuoc", "dang", "hien", "tai", "la", "nguoi", "dan", "chung"],
        StringComparer.Ordinal);

    // Lead-ins that say "I live in": without a list, a place in free text counts only after one of them.
    private static readonly HashSet<string> Residing = new(["o", "song", "thuoc", "tai"], StringComparer.Ordinal);

    // Polite words after the place, as typed: "hạ" (of "thôn Hạ") folds like "hả" but is a name.
    private static readonly HashSet<string> Tails = new(
        ["ạ", "à", "a", "nhé", "nhe", "nha", "nhá", "nè", "ne", "ơi", "oi", "ah", "ak", "hả", "ha", "nhen", "đấy", "day", "vậy", "vay"], StringComparer.Ordinal);

    // "tổ 5 phường Mẫu": the ward or commune is the account's own, so the place ends before it.
    private static readonly HashSet<string> AreaWords = new(["phuong", "xa", "quan", "huyen", "tinh", "tp", "thi", "thanh"], StringComparer.Ordinal);

    private static readonly HashSet<string> QuestionWords = new(["dau", "nao", "gi", "sao", "khong", "ko", "chua", "may", "hoi"], StringComparer.Ordinal);

    /// <summary>Longest free-typed place, in words; a longer answer is a sentence, not a name.</summary>
    private const int MaxPlaceWords = 6;

    /// <summary>The group an answer to "Bạn ở tổ dân phố / thôn nào?" picks: by its number in the list, its name or words, or with a typo.</summary>
    public static ResidentialGroup? Answer(string text, IReadOnlyList<ResidentialGroup> groups)
    {
        if (NumberRecognizer.Recognize(text) is { } number)
        {
            return number >= 1 && number <= groups.Count ? groups[number - 1] : null;
        }
        if (Named(text, groups) is { } named)
        {
            return named;
        }
        // "tôi ở tổ dân phố 5 gần chợ": the longest name inside the answer, when only one group has it.
        var folded = " " + TagName.Fold(text) + " ";
        var inside = groups
            .Select(g => (Group: g, Length: g.Phrases.Where(p => folded.Contains(" " + p + " ", StringComparison.Ordinal)).Select(p => p.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Length > 0)
            .OrderByDescending(m => m.Length)
            .ToList();
        if (inside.Count > 0)
        {
            return inside.Count == 1 || inside[0].Length > inside[1].Length ? inside[0].Group : null;
        }
        var core = Core(text);
        if (core.Words.Count == 0)
        {
            return null;
        }
        // Typos last ("thon dogn"); every typed word must fit the name, so "tổ 12" finds nothing in a list of eight.
        var choices = groups.Select(g => new Choice(g.Tag, g.Name, [.. g.Words, .. g.Phrases])).ToList();
        return ChoiceRecognizer.Recognize(string.Join(' ', core.Words.Select(w => w.Typed)), choices) is { } index ? groups[index] : null;
    }

    /// <summary>Any group typed as an answer, for an account without a list: "tổ 5", "thôn Đông", "nhà tôi ở khu phố 3".</summary>
    public static Place? Typed(string text) => Typed(Core(text));

    /// <summary>
    /// A message that only says where the resident lives ("tôi ở tổ 5", "tổ dân phố 5"), outside any question. With a list it
    /// must name a group exactly; without one it must say "ở …", so "bản đồ" is not taken for a village.
    /// </summary>
    public static Place? Statement(string text, IReadOnlyList<ResidentialGroup> groups)
    {
        if (text.Contains('?', StringComparison.Ordinal) || VietnameseText.Fold(text).Split(' ').Any(QuestionWords.Contains))
        {
            return null;
        }
        if (groups.Count > 0)
        {
            return Named(text, groups)?.AsPlace();
        }
        var core = Core(text);
        return core.Residing && EndsLikeAName(core) ? Typed(core) : null;
    }

    /// <summary>
    /// Outside the question a place must be short and end with its number or name ("tổ 5", "thôn Đông Hòa"): "tôi ở thôn 3
    /// bị mất xe máy" is a report, and taking it for a place would swallow it.
    /// </summary>
    private static bool EndsLikeAName(PlaceWords core)
    {
        if (core.Words.Count is 0 or > 4)
        {
            return false;
        }
        var last = core.Words[^1].Typed;
        return last.Length > 0 && (last.All(char.IsAsciiDigit) || char.IsUpper(last[0]));
    }

    private static ResidentialGroup? Named(string text, IReadOnlyList<ResidentialGroup> groups)
    {
        var tag = TagName.Fold(string.Join(' ', Core(text).Words.Select(w => w.Typed)));
        return tag.Length == 0 ? null : groups.FirstOrDefault(g => g.Phrases.Contains(tag, StringComparer.Ordinal));
    }

    private static Place? Typed(PlaceWords core)
    {
        var typed = string.Join(' ', core.Words.Select(w => w.Typed));
        var tag = TagName.Fold(typed);
        var kind = PlaceKinds.Of(tag);
        return kind == PlaceKind.None || core.Words.Count > MaxPlaceWords || typed.Length > TagName.MaxLabelLength
            ? null
            : new Place(tag, TagName.Display(typed), kind);
    }

    /// <summary>The words of the place: what the resident typed, without the words around it.</summary>
    private static PlaceWords Core(string text)
    {
        var words = Composed(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (Typed: w.Trim('.', ',', '!', '?', ';', ':', '"', '\'', '(', ')'), Folded: VietnameseText.Fold(w)))
            .Where(w => w.Folded.Length > 0)
            .ToList();
        var residing = false;
        while (words.Count > 0 && LeadIns.Contains(words[0].Folded))
        {
            residing |= Residing.Contains(words[0].Folded);
            words.RemoveAt(0);
        }
        // From the second word on: an emoji alone leaves no words at all, and FindIndex(1) would throw (issue 14).
        var area = words.Count > 1 ? words.FindIndex(1, w => AreaWords.Contains(w.Folded)) : -1;
        if (area > 0)
        {
            words.RemoveRange(area, words.Count - area);
        }
        // A place has two words at least ("tổ 5", "thôn Hạ"): an unmarked "thon ha" keeps its "ha".
        while (words.Count > 2 && Tails.Contains(words[^1].Typed.ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }
        return new PlaceWords(words, residing);
    }

    /// <summary>Marks composed with their letters, as most keyboards send them, so typed words compare with the lists above.</summary>
    private static string Composed(string text)
    {
        return VietnameseText.RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormC);
    }

    private sealed record PlaceWords(List<(string Typed, string Folded)> Words, bool Residing);
}
