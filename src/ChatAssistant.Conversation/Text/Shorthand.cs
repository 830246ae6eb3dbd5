using System.Text;
using System.Text.RegularExpressions;

namespace ChatAssistant.Conversation.Text;

/// <summary>
/// Chat shorthand and teen code spelled out: "ko dc" is "khong duoc", "sdt" is "so dien thoai", "50tr" is "50 trieu".
/// Works on folded text (<see cref="VietnameseText.Fold"/>), word by word, so a classifier and a keyword list see one
/// spelling for what residents write in many.
/// </summary>
/// <remarks>
/// Only shorthand that means one thing is spelled out: "a" stays (anh, or the folded "ạ"). Two words are read by their
/// neighbours: "hông" (không) folds like "hỏng" (broken) and "Hồng", "hem" (không) like "hẻm" (alley), "nha" (nhé)
/// like "nhà" (house). A fixed table,
/// not content: these are the language's habits, the same for every unit.
/// </remarks>
public static partial class Shorthand
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // không, phải
        ["ko"] = "khong", ["k"] = "khong", ["kh"] = "khong", ["khg"] = "khong", ["kg"] = "khong", ["hok"] = "khong",
        ["khum"] = "khong", ["coa"] = "co", ["khog"] = "khong", ["kp"] = "khong phai",
        // được, đăng ký, gì, thế nào, bao nhiêu, bao giờ
        ["dc"] = "duoc", ["dk"] = "dang ky", ["dky"] = "dang ky", ["dki"] = "dang ky",
        ["j"] = "gi", ["ji"] = "gi", ["ntn"] = "nhu the nao", ["bn"] = "bao nhieu", ["bnhieu"] = "bao nhieu",
        ["bnh"] = "bao nhieu", ["bh"] = "bao gio", ["bjo"] = "bao gio", ["bgio"] = "bao gio", ["mayh"] = "may gio",
        // "đăng kí", "lí lịch": the i of the other spelling.
        ["ki"] = "ky", ["li"] = "ly",
        // people
        ["e"] = "em", ["mk"] = "minh", ["mng"] = "moi nguoi", ["mn"] = "moi nguoi", ["ng"] = "nguoi", ["ad"] = "admin",
        ["adm"] = "admin", ["ae"] = "anh em", ["cb"] = "can bo",
        // things of the service
        ["sdt"] = "so dien thoai", ["dt"] = "dien thoai", ["dthoai"] = "dien thoai", ["cccd"] = "can cuoc cong dan",
        ["ccd"] = "can cuoc cong dan", ["cmnd"] = "chung minh nhan dan", ["cmt"] = "chung minh thu", ["kt3"] = "tam tru",
        ["hk"] = "ho khau", ["gplx"] = "giay phep lai xe", ["hs"] = "ho so", ["tthc"] = "thu tuc hanh chinh",
        ["ubnd"] = "uy ban nhan dan", ["xnc"] = "xuat nhap canh",
        // small words
        ["vs"] = "voi", ["r"] = "roi", ["z"] = "vay", ["v"] = "vay", ["dzay"] = "vay", ["zay"] = "vay", ["cx"] = "cung",
        ["ms"] = "moi", ["lm"] = "lam", ["trc"] = "truoc", ["bik"] = "biet", ["bit"] = "biet", ["wa"] = "qua",
        ["hnay"] = "hom nay", ["hqua"] = "hom qua", ["h"] = "gio", ["tks"] = "cam on", ["thks"] = "cam on",
        ["thanks"] = "cam on", ["thank"] = "cam on", ["camon"] = "cam on", ["oke"] = "ok", ["okie"] = "ok", ["oki"] = "ok",
        ["okela"] = "ok", ["okay"] = "ok", ["uk"] = "u", ["uh"] = "u", ["uhm"] = "u", ["um"] = "u",
        ["nhen"] = "nhe", ["dr"] = "duoc roi", ["ak"] = "a", ["ah"] = "a", ["ui"] = "oi", ["nhiu"] = "nhieu",
        ["lun"] = "luon", ["ik"] = "di", ["thui"] = "thoi", ["gium"] = "giup", ["bb"] = "tam biet", ["ntin"] = "nhan tin",
        ["mun"] = "muon", ["stt"] = "so thu tu", ["kq"] = "ket qua", ["ck"] = "chuyen khoan", ["tk"] = "tai khoan",
        ["bt"] = "binh thuong", ["nch"] = "noi chuyen", ["mik"] = "minh", ["mjk"] = "minh",
    };

    /// <summary>The folded text with shorthand spelled out; numbers glued to a unit are split ("50tr" → "50 trieu").</summary>
    public static string Expand(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var result = new StringBuilder(folded.Length + 16);
        var words = AtTheHeadOf(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }
            var previous = i > 0 ? words[i - 1] : null;
            var next = i + 1 < words.Length ? words[i + 1] : null;
            result.Append(words[i] switch
            {
                "hem" when !IsAlley(previous, next) => "khong",
                // "hk bik", "hông bít": the next word as it is spelled out.
                "hong" when MeansNot(previous, SpelledOut(next)) => "khong",
                "hk" when MeansNotForHk(previous, SpelledOut(next)) => "khong",
                "tui" when MeansI(previous, next) => "toi",
                // "ok cảm ơ nha", "vâng em cảm ơ": the "n" of "cảm ơn" left out, at the end of the thanks.
                "o" when previous is "cam" && next is null or "nha" or "nhe" or "a" or "ad" or "admin" or "anh" or "chi" or "em" or "nhieu" or "ban" => "on",
                // "cn thì s", "z là s": "sao" closing a question.
                "s" when previous is "thi" or "la" or "vay" or "z" or "v" && next is null or "a" or "ad" or "admin" or "ta" => "sao",
                // "nha" closing a sentence is "nhé"; elsewhere it is "nhà" (house).
                "nha" when next is null or "a" or "ad" or "admin" or "anh" or "chi" or "em" or "ban" or "oi" or "nhe" => "nhe",
                var word => ExpandWord(word),
            });
        }
        // "bn lâu": "bn" is "bao" here, not "bao nhiêu".
        return result.ToString().Replace("bao nhieu lau", "bao lau", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="normalized"/> (as <see cref="Normalize"/> writes it) holds one of <paramref name="phrases"/> as whole words.</summary>
    public static bool Mentions(string normalized, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(phrases);
        var padded = " " + normalized + " ";
        return phrases.Any(phrase => padded.Contains(" " + phrase + " ", StringComparison.Ordinal));
    }

    private static string? SpelledOut(string? word) => word is null ? null : ExpandWord(word).Split(' ')[0];

    /// <summary>
    /// <paramref name="folded"/> with "o dau" before a place ("ở đầu hẻm", "ở đầu ngõ 5") spelled "tai dau": folded, "ở đầu"
    /// (at the head of) is "ở đâu" (where), and a story of what happens at the end of one's alley asks nothing.
    /// </summary>
    public static string AtTheHeadOf(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (!folded.Contains("o dau ", StringComparison.Ordinal))
        {
            return folded;
        }
        var words = folded.Split(' ');
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (words[i] == "o" && words[i + 1] == "dau" && PlacesWithAHead.Contains(words[i + 2]))
            {
                words[i] = "tai";
            }
        }
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> PlacesWithAHead = new(
        ["hem", "ngo", "kiet", "ngach", "duong", "cau", "xom", "thon", "lang", "ap", "to", "day", "pho", "khu", "hang"], StringComparer.Ordinal);

    // "đầu hẻm", "trong hẻm 12": the alley; "hem biết", "được hem": không.
    private static readonly HashSet<string> BeforeAlley = new(["dau", "cuoi", "trong", "ngo", "con", "vao", "o", "so", "kiet", "ra", "ngoai"], StringComparer.Ordinal);

    private static bool IsAlley(string? previous, string? next) =>
        (previous is not null && BeforeAlley.Contains(previous)) || (next is not null && next.Length > 0 && char.IsAsciiDigit(next[0]));

    // "hông muốn", "hông biết"; "được hông", "có hông" closing a question. "Hồng" as a name and "hỏng" (broken) otherwise.
    private static readonly HashSet<string> AfterNot = new(
        ["muon", "biet", "co", "can", "phai", "duoc", "de", "cho", "dam", "thay", "hieu", "nho", "lam", "di", "sao", "con", "ai", "chiu"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> BeforeClosingNot = new(["duoc", "dc", "co", "phai", "roi", "r", "nhan", "lam", "kip", "dung"], StringComparer.Ordinal);

    private static bool MeansNot(string? previous, string? next) =>
        (next is not null && AfterNot.Contains(next)) || (next is null or "a" or "ad" or "vay" or "v" && previous is not null && BeforeClosingNot.Contains(previous));

    // "nhập hk", "sổ hk": hộ khẩu; "được hk ad", "đi cùng hk hay…", "hết nhiêu tiền hk": không.
    private static readonly HashSet<string> BeforeHouseholdBook = new(
        ["nhap", "chuyen", "cat", "so", "tach", "xoa", "lam", "dang", "ky", "dk", "khau", "ho"], StringComparer.Ordinal);

    private static bool MeansNotForHk(string? previous, string? next) =>
        !(previous is not null && BeforeHouseholdBook.Contains(previous))
        && (next is null or "a" or "ad" or "admin" or "v" or "vay" or "z" or "nhi" or "hay" or "ha" || AfterNot.Contains(next)
            // "người ta có biết em là người báo hk, em sợ lắm": a question closed, then the resident goes on.
            || next is "e" or "em" or "toi" or "minh" or "mik" or "tui");

    // "tui báo", "cho tui hỏi": tôi, as the South says it; "tụi nó", "tụi nhỏ" (they) and "túi" (a bag, a pocket: "móc túi",
    // "túi xách") fold alike.
    private static readonly HashSet<string> BeforeBag = new(["moc", "cai", "chiec", "trong", "vao", "mat", "giat", "cat", "luc", "tui"], StringComparer.Ordinal);

    private static readonly HashSet<string> AfterTheyOrBag = new(
        ["no", "nho", "may", "tao", "bay", "ni", "do", "em", "minh", "xach", "tien", "ao", "quan", "nilon", "giay", "deo", "dung", "ba", "lo"],
        StringComparer.Ordinal);

    private static bool MeansI(string? previous, string? next) =>
        !(previous is not null && BeforeBag.Contains(previous)) && !(next is not null && AfterTheyOrBag.Contains(next));

    /// <summary>Folds, then spells shorthand out: the one call for "what did the resident mean, in plain words".</summary>
    /// <remarks>"nhà" typed with its mark is the house whatever follows ("giấy xác nhận nhà em ở đâu"), never the "nha" that
    /// closes a sentence: it goes on as "nhaf", its Telex spelling, which the expansion mends back to "nha" as a word.</remarks>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Expand(VietnameseText.Fold(House().Replace(VietnameseText.RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormC), "nhaf")));
    }

    [GeneratedRegex(@"(?<!\p{L})[nN][hH][àÀ](?!\p{L})")]
    private static partial Regex House();

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
