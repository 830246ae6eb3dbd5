using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Understanding;

/// <summary>
/// Recognizes a question about the office itself (where it is, when it opens, how to call it) and what is left
/// of the message without those words: "làm hộ chiếu ở đâu" leaves "làm hộ chiếu", a procedure question,
/// while "công an phường ở đâu" leaves nothing and is about the office.
/// </summary>
public static class OfficeQuestion
{
    // Folded, matched as whole words, longest first so "so dien thoai" goes before "dien thoai".
    private static readonly string[] Phrases = [.. new[]
    {
        "nop o dau", "lam o dau", "nop tai dau", "dia chi", "o dau", "cho nao", "noi nao", "tru so", "duong den", "duong di", "ban do", "vi tri", "nam o",
        "map", "gg map", "google map", "chi duong", "biet duong", "bik duong", "dinh vi",
        "gio lam viec", "gio hanh chinh", "may gio", "gio mo cua", "mo cua", "dong cua", "lam viec khong", "co lam viec",
        "lich lam viec", "nghi trua", "thu bay co", "thu 7 co", "chu nhat co", "lam viec",
        "so dien thoai", "dien thoai", "sdt", "so dt", "hotline", "duong day nong", "so may", "lien he", "lien lac", "goi cho",
    }.OrderByDescending(p => p.Length)];

    // The unit itself; removed before the single filler words so "công an" does not leave "an" behind.
    private static readonly string[] UnitPhrases = ["cong an phuong", "cong an xa", "cong an", "don vi", "ben minh", "cac anh"];

    // Words that only carry the tone of the question. Folding merges words ("căn"/"cần", "thủ"/"thứ"), so
    // anything that may also be part of a procedure's name stays out of this list.
    private static readonly HashSet<string> Filler = new(
    [
        "phuong", "xa", "cua", "o", "la", "gi", "the", "nao", "khong", "ko", "k", "vay", "a", "ah", "ad", "admin", "oi", "em",
        "toi", "xin", "voi", "nhe", "nha", "den", "bao", "nhieu", "hom", "nay", "mai", "chu", "nhat", "va", "hay",
        "sao", "biet", "muon", "duoc", "nhi", "day", "minh", "ban", "co", "cho", "hoi", "ngay", "may", "thi",
    ], StringComparer.Ordinal);

    public static bool IsAbout(string? text) => Strip(text) is not null;

    // Words asking how to reach the office: a question with them and no procedure in it is about the office.
    private static readonly string[] ReachPhrases =
        ["so dien thoai", "sdt", "so dt", "dia chi", "ban do", "map", "o dau", "cho nao", "duong di", "duong den", "chi duong", "hotline"];

    /// <summary>"sđt phường là gì để mẹ em gọi", "phường mình ở đâu vậy": asks for the phone, the address or the way.</summary>
    public static bool AsksHowToReach(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var folded = " " + Shorthand.AtTheHeadOf(VietnameseText.Fold(text)) + " ";
        return ReachPhrases.Any(phrase => folded.Contains(" " + phrase + " ", StringComparison.Ordinal));
    }

    /// <summary>The message without the office words and fillers; null when it is not about the office at all.</summary>
    public static string? Remainder(string? text) => Strip(text);

    private static string? Strip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var folded = " " + Shorthand.AtTheHeadOf(VietnameseText.Fold(text)) + " ";
        var found = false;
        foreach (var phrase in Phrases)
        {
            var padded = " " + phrase + " ";
            if (folded.Contains(padded, StringComparison.Ordinal))
            {
                folded = folded.Replace(padded, " ", StringComparison.Ordinal);
                found = true;
            }
        }
        foreach (var phrase in UnitPhrases)
        {
            folded = folded.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }
        return found
            ? string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !Filler.Contains(word)))
            : null;
    }
}
