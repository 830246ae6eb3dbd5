using System.Text;

namespace ChatAssistant.Conversation.Text;

/// <summary>
/// Chat shorthand and teen code spelled out: "ko dc" is "khong duoc", "sdt" is "so dien thoai", "50tr" is "50 trieu".
/// Works on folded text (<see cref="VietnameseText.Fold"/>), word by word, so a classifier and a keyword list see one
/// spelling for what residents write in many.
/// </summary>
/// <remarks>
/// Only shorthand that means one thing is spelled out: "a" stays (anh, or the folded "ạ"), "hong" stays ("hông", or
/// "hỏng": broken). A fixed table, not content: these are the language's habits, the same for every unit.
/// </remarks>
public static class Shorthand
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // không, phải
        ["ko"] = "khong", ["k"] = "khong", ["kh"] = "khong", ["khg"] = "khong", ["kg"] = "khong", ["hok"] = "khong",
        ["hem"] = "khong", ["khum"] = "khong", ["khog"] = "khong", ["kp"] = "khong phai",
        // được, đăng ký, gì, thế nào, bao nhiêu, bao giờ
        ["dc"] = "duoc", ["dk"] = "dang ky", ["dky"] = "dang ky", ["dki"] = "dang ky",
        ["j"] = "gi", ["ji"] = "gi", ["ntn"] = "nhu the nao", ["bn"] = "bao nhieu", ["bnhieu"] = "bao nhieu",
        ["bnh"] = "bao nhieu", ["bh"] = "bao gio", ["bjo"] = "bao gio", ["bgio"] = "bao gio",
        // people
        ["e"] = "em", ["mk"] = "minh", ["mng"] = "moi nguoi", ["mn"] = "moi nguoi", ["ng"] = "nguoi", ["ad"] = "admin",
        ["adm"] = "admin", ["ae"] = "anh em", ["cb"] = "can bo",
        // things of the service
        ["sdt"] = "so dien thoai", ["dt"] = "dien thoai", ["dthoai"] = "dien thoai", ["cccd"] = "can cuoc cong dan",
        ["ccd"] = "can cuoc cong dan", ["cmnd"] = "chung minh nhan dan", ["cmt"] = "chung minh thu", ["kt3"] = "tam tru",
        ["hk"] = "ho khau", ["gplx"] = "giay phep lai xe", ["hs"] = "ho so", ["tthc"] = "thu tuc hanh chinh",
        ["ubnd"] = "uy ban nhan dan",
        // small words
        ["vs"] = "voi", ["r"] = "roi", ["z"] = "vay", ["v"] = "vay", ["dzay"] = "vay", ["zay"] = "vay", ["cx"] = "cung",
        ["ms"] = "moi", ["lm"] = "lam", ["trc"] = "truoc", ["bik"] = "biet", ["bit"] = "biet", ["wa"] = "qua",
        ["hnay"] = "hom nay", ["hqua"] = "hom qua", ["h"] = "gio", ["tks"] = "cam on", ["thks"] = "cam on",
        ["thanks"] = "cam on", ["thank"] = "cam on", ["camon"] = "cam on", ["oke"] = "ok", ["okie"] = "ok", ["oki"] = "ok",
        ["okela"] = "ok", ["okay"] = "ok", ["uk"] = "u", ["uh"] = "u", ["uhm"] = "u", ["um"] = "u", ["nha"] = "nhe",
        ["nhen"] = "nhe", ["dr"] = "duoc roi", ["ak"] = "a", ["ah"] = "a", ["ui"] = "oi", ["nhiu"] = "nhieu",
        ["lun"] = "luon", ["ntin"] = "nhan tin",
    };

    /// <summary>The folded text with shorthand spelled out; numbers glued to a unit are split ("50tr" → "50 trieu").</summary>
    public static string Expand(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var result = new StringBuilder(folded.Length + 16);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }
            result.Append(ExpandWord(word));
        }
        return result.ToString();
    }

    /// <summary>Folds, then spells shorthand out: the one call for "what did the resident mean, in plain words".</summary>
    public static string Normalize(string text) => Expand(VietnameseText.Fold(text));

    private static string ExpandWord(string word)
    {
        if (Words.TryGetValue(word, out var expanded))
        {
            return expanded;
        }
        // "baos", "chieuf", "xongg": Telex keys left as letters.
        if (Recognizers.WordSplitter.WithoutTelexSlip(word) is { } mended)
        {
            return Words.GetValueOrDefault(mended, mended);
        }
        // "50tr", "2tr", "500k", "8h": digits then a unit residents glue on.
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }
        if (digits > 0 && digits < word.Length)
        {
            var unit = word[digits..] switch
            {
                "tr" or "trieu" or "m" => "trieu",
                "k" or "ng" or "nghin" or "ngan" => "nghin",
                "h" or "g" or "gio" => "gio",
                "t" or "tuoi" => "tuoi",
                _ => null,
            };
            if (unit is not null)
            {
                return word[..digits] + " " + unit;
            }
        }
        return word;
    }
}
