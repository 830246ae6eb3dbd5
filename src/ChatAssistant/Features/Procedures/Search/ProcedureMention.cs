using ChatAssistant.Conversation.Text;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Procedures.Search;

/// <summary>
/// The procedure a request or question names among other words ("cho em đặt lịch làm căn cước sáng thứ 5", "cho hỏi
/// đăng ký tạm trú cần gì rồi đặt lịch luôn"): the search of the whole message, or failing that of its words left
/// once those of the request, of politeness and of time are taken out, which dilute the search.
/// </summary>
public static class ProcedureMention
{
    // Words of asking, booking, politeness, family and time: none names a procedure.
    private static readonly HashSet<string> RequestWords = new(
    [
        "a", "ad", "admin", "anh", "ba", "bay", "bo", "boc", "buoi", "can", "cha", "chao", "chau", "chi", "chieu",
        "cho", "chong", "chu", "co", "con", "cua", "dat", "de", "di", "dinh", "do", "dum", "duoc", "em", "gi",
        "gia", "giay", "gio", "giup", "hai", "hen", "hoi", "hom", "khoang", "khong", "kia", "kinh", "lam", "lay",
        "lich", "luc", "luon", "mai", "me", "minh", "mot", "muon", "nam", "nay", "ngay", "nha", "nhat", "nhe", "nhung",
        "nop", "nua", "oi", "ong", "quan", "quy", "roi", "ruoi", "sang", "sau", "so", "som", "thang", "thu", "tiep",
        "to", "toi", "trong", "trua", "truc", "tu", "tuan", "tuc", "vao", "vo", "voi", "xem", "xin",
    ], StringComparer.Ordinal);

    /// <summary>The procedure the search is sure the message names, or null.</summary>
    /// <param name="whole">The search of the whole message, when the caller already ran it.</param>
    public static Procedure? Find(ProcedureIndex index, MessageMeaning meaning, SearchResult? whole = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(meaning);
        if (Sure(whole ?? index.Search(meaning.Text, 3)) is { } named)
        {
            return named;
        }
        var all = meaning.Normalized.Split(' ');
        // "đặt lại lịch tạm trú": the "lại" of booking again is no "cấp lại".
        var words = all.Where((w, i) => !RequestWords.Contains(w) && !w.Any(char.IsAsciiDigit) && !(w == "lai" && i > 0 && all[i - 1] == "dat"))
            .ToList();
        return words.Count == 0 ? null : Sure(index.Search(string.Join(' ', words), 3));
    }

    /// <summary>
    /// Each procedure the search is sure of: in the whole message, then in each of its clauses ("lm tạm trú ạ, mình ở trọ
    /// chung với 2 đứa bạn", "Kính gửi Công an phường, … thẻ căn cước phải đổi, tôi xin đặt lịch hẹn": the rest of a long
    /// message dilutes the search). Lazy: a caller taking the first searches no further.
    /// </summary>
    /// <param name="whole">The search of the whole message, when the caller already ran it.</param>
    public static IEnumerable<Procedure> InMessageOrClauses(ProcedureIndex index, Understander understander, MessageMeaning meaning,
        SearchResult? whole = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(understander);
        ArgumentNullException.ThrowIfNull(meaning);
        if (Find(index, meaning, whole) is { } named)
        {
            yield return named;
        }
        var clauses = VietnameseText.Clauses(meaning.Text);
        if (clauses.Length < 2)
        {
            yield break;
        }
        foreach (var clause in clauses)
        {
            if (Find(index, understander.Understand(clause)) is { } inClause)
            {
                yield return inClause;
            }
        }
    }

    private static Procedure? Sure(SearchResult result) =>
        result.Confidence == SearchConfidence.Confident ? result.Hits[0].Procedure : null;
}
