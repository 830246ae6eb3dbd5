using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// The sentence of a procedure's entry that answers a follow-up no aspect names ("bé có phải lấy vân tay không" → "Người
/// từ 6 tuổi phải đến thu nhận ảnh, vân tay, mống mắt."): the sentence sharing most of the question's own words.
/// </summary>
public static partial class ProcedureFacts
{
    // A sentence must share this many of the question's words (a two-word phrase counts twice) to be its answer.
    private const int MinShared = 2;

    // Words every question has: they say nothing about which sentence answers it.
    private static readonly HashSet<string> Common = new(
    [
        "co", "khong", "phai", "thi", "la", "duoc", "cua", "cho", "em", "toi", "minh", "anh", "chi", "a", "oi", "nhe", "vay", "the", "nao",
        "gi", "sao", "bao", "nhieu", "lam", "di", "den", "o", "va", "voi", "cac", "nhung", "mot", "nay", "do", "can", "admin", "ad", "con",
        "neu", "khi", "roi", "ma", "hay", "hoac", "nua", "dang", "se", "da", "bi", "ra", "vao", "len", "xuong", "thu", "tuc", "ho", "so",
        "giay", "to", "nhi", "a", "u", "ak", "chu", "bac", "co", "cau", "xin", "hoi", "muon", "biet", "giup", "minh", "tren", "duoi", "trong",
    ], StringComparer.Ordinal);

    // Shared this much, a sentence answers the question better than the part an aspect word points to ("tạm trú được
    // bao lâu thì phải gia hạn" names the time limit, but the entry's sentence on the 2 years answers it).
    private const int StrongShare = 4;

    /// <summary>The sentence that answers <paramref name="normalized"/> (folded, shorthand spelled out), or null.</summary>
    public static string? Answer(Procedure procedure, string normalized) => Best(procedure, normalized, MinShared);

    /// <summary>A sentence sharing so much of the question that it answers it better than any aspect of the entry.</summary>
    public static string? StrongAnswer(Procedure procedure, string normalized) => Best(procedure, normalized, StrongShare);

    private static string? Best(Procedure procedure, string normalized, int minShared)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(normalized);
        var all = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var asked = all.Where(w => !Common.Contains(w)).ToList();
        if (asked.Count == 0)
        {
            return null;
        }
        // The words naming the procedure ("nhặt được cccd của em rồi, khóa thẻ được không" about a lost card) say more of
        // which procedure than of which of its sentences: a pair of them counts nothing, and the sentence sharing most of
        // the other words answers, however many of them another shares ("Công dân bị mất thẻ căn cước …" shares "công
        // dân" and "căn cước" with the question, and says nothing of locking the card).
        var named = NameWords.GetValue(procedure, NameWordsOf);
        bool Says(string word) => !Common.Contains(word) && !named.Contains(word);
        // Pairs of neighbours, one of them a common word: "chủ nhà" says more than "nhà" ("chu" is also "chứ").
        var pairs = all.Zip(all.Skip(1), (a, b) => (a, b))
            .Where(pair => (!Common.Contains(pair.a) || !Common.Contains(pair.b)) && !(named.Contains(pair.a) && named.Contains(pair.b)))
            .Select(pair => pair.a + " " + pair.b)
            .ToHashSet(StringComparer.Ordinal);
        return Sentences(procedure)
            .Select(sentence => (Sentence: sentence, Shared: Shared(sentence, asked, pairs, word => true),
                Telling: Shared(sentence, asked, pairs, word => word.Split(' ').Any(Says))))
            .Where(s => s.Shared >= minShared)
            .OrderByDescending(s => s.Telling)
            .ThenByDescending(s => s.Shared)
            .Select(s => s.Sentence)
            .FirstOrDefault();
    }

    /// <summary>Each procedure's words of its name and aliases, shorthand spelled out: read once, not at every follow-up.</summary>
    private static readonly ConditionalWeakTable<Procedure, HashSet<string>> NameWords = new();

    private static HashSet<string> NameWordsOf(Procedure procedure) =>
        procedure.Aliases.Prepend(procedure.Name)
            .SelectMany(name => Shorthand.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>How many of the question's words and pairs the sentence has, of those <paramref name="counted"/>.</summary>
    private static int Shared(string sentence, List<string> asked, HashSet<string> pairs, Func<string, bool> counted)
    {
        var words = VietnameseText.Fold(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var set = words.ToHashSet(StringComparer.Ordinal);
        var ownPairs = words.Zip(words.Skip(1), (a, b) => a + " " + b).ToHashSet(StringComparer.Ordinal);
        return asked.Distinct(StringComparer.Ordinal).Where(counted).Count(set.Contains) + pairs.Where(counted).Count(ownPairs.Contains);
    }

    /// <summary>
    /// The sentence saying by when the resident must act ("Trong 7 ngày kể từ ngày có căn cứ xóa …", "Nộp trước khi hết
    /// hạn ít nhất 15 ngày"), for "hạn chót là bao lâu": not the time the office takes, which the time limit says. Null
    /// when the entry says no such thing.
    /// </summary>
    public static string? Deadline(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return Sentences(procedure, withFee: false)
            .Where(sentence => !string.Equals(sentence, procedure.TimeLimit?.TrimEnd('.'), StringComparison.Ordinal))
            .FirstOrDefault(sentence => DueBy().IsMatch(VietnameseText.Fold(sentence)));
    }

    [GeneratedRegex(@"\b(trong|truoc|ke tu|cham nhat)\b.*\b\d+ (ngay|thang)\b|\b\d+ (ngay|thang)\b.*\b(ke tu|truoc khi)\b")]
    private static partial Regex DueBy();

    /// <summary>
    /// The entry's sentences on what must be done before ("Chủ cũ làm thủ tục thu hồi trước"), not those saying by when
    /// (<see cref="Deadline"/>).
    /// </summary>
    public static IReadOnlyList<string> Prerequisites(Procedure procedure) =>
        [.. SentencesSaying(procedure, ["truoc"]).Where(sentence => VietnameseText.Fold(sentence) is var folded
            && Before().IsMatch(folded) && !DueBy().IsMatch(folded) && !Hour().IsMatch(folded))];

    // "trước", not the "trước bạ" of the registration tax.
    [GeneratedRegex(@"\btruoc\b(?! ba\b)")]
    private static partial Regex Before();

    /// <summary>
    /// The entry's sentences that set hours of the clock ("Thông báo trước 23 giờ; người đến sau 23 giờ thì thông báo trước
    /// 8 giờ sáng hôm sau"), one after the other; null when it sets none.
    /// </summary>
    public static string? ClockHours(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var sentences = Sentences(procedure, withFee: false)
            .Where(sentence => Hour().IsMatch(VietnameseText.Fold(sentence)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return sentences.Count == 0 ? null : string.Join(". ", sentences);
    }

    // An hour of the clock, not a length of time ("trong 24 giờ").
    [GeneratedRegex(@"(?<!\btrong )\b\d{1,2} gio\b")]
    private static partial Regex Hour();

    /// <summary>The entry's sentences that say one of <paramref name="markers"/> (folded phrases), in the entry's order.</summary>
    /// <remarks>The fee's sentences are left out: "20.000 đồng nộp trực tiếp" says what it costs, not who must come.</remarks>
    public static IReadOnlyList<string> SentencesSaying(Procedure procedure, IReadOnlyCollection<string> markers)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(markers);
        return [.. Sentences(procedure, withFee: false)
            .Where(sentence => markers.Any(marker => (" " + VietnameseText.Fold(sentence) + " ").Contains(" " + marker + " ", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every sentence the entry says, each on its own.</summary>
    private static IEnumerable<string> Sentences(Procedure procedure, bool withFee = true)
    {
        var texts = new List<string?> { procedure.Who, procedure.Notes, withFee ? procedure.Fee.Text : null, procedure.TimeLimit, procedure.Online?.Note };
        if (withFee)
        {
            texts.AddRange(procedure.Fee.Exemptions);
        }
        texts.AddRange(procedure.Documents.Select(d => d.Note is null ? d.Name : d.Name + ". " + d.Note));
        return texts
            .OfType<string>()
            .SelectMany(text => text.Split(['.', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(sentence => sentence.Length > 3)
            // "Không cần mẫu; báo trực tiếp, qua điện thoại …": what follows a semicolon is shown as a sentence of its own.
            .Select(sentence => char.IsLower(sentence[0]) ? char.ToUpperInvariant(sentence[0]) + sentence[1..] : sentence);
    }
}
