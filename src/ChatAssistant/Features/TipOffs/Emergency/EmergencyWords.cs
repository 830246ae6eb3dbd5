using System.Globalization;
using System.Text;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.TipOffs.Emergency;

/// <summary>
/// Reads whether a message says something dangerous is happening now ("đang đánh nhau", "cướp", "cháy nhà"), with or
/// without diacritics. It errs towards warning: a needless "call 113" costs a line, a missing one may cost more. Fire
/// words inside the names of fire-safety procedures ("phòng cháy chữa cháy", "PCCC") are not emergencies.
/// </summary>
public static class EmergencyWords
{
    private static readonly string[][] Police = Phrases(
        "dang danh nhau", "danh nhau", "danh nguoi", "dang bi danh", "dang danh dap", "cuop", "an cuop", "cuop giat",
        "giet nguoi", "dam nguoi", "dang dam", "chem nguoi", "chem nhau", "cam dao", "co dao", "cam sung", "co sung", "no sung",
        "bat coc", "dang truy duoi", "cuu voi", "cuu toi", "cuu em", "dang dot nhap", "dang trom", "hiep dam", "dang de doa",
        "doi giet", "tu tu", "dang danh", "van dang danh", "dang dap pha", "dang dap", "dang quay pha", "dam trung", "bi dam",
        // A break-in seen as it happens: "có thằng đang cạy khóa xe trước cổng".
        "cay khoa", "cay cua", "dang pha khoa", "dang be khoa", "pha khoa xe", "be khoa xe");

    private static readonly string[][] Fire = Phrases(
        "chay", "dang chay", "chay nha", "boc chay", "hoa hoan", "phat no", "vu no", "no lon", "dang no", "bi no", "ro ri ga",
        "duoi nuoc", "mac ket", "sap nha", "sap cau", "khoi den", "bi ket", "ket ben trong", "ket trong nha", "nhieu khoi",
        "lua lan", "lua boc", "ket tren");

    private static readonly string[][] Medical = Phrases(
        "bi thuong", "chay mau", "cap cuu", "bat tinh", "ngat xiu", "tu vong", "tu tu", "bi bong", "bong nang", "kho tho", "ngung tho",
        "co giat", "dot quy", "ngo doc", "trung doc", "gay xuong", "ngat", "mau chay", "dam trung", "bi dam");

    // Words before "cháy"/"nổ" that make it a fire-safety subject, not a fire.
    // ("thiết bị" and "hệ thống" come before them in equipment names; "chảy máu" is bleeding, not a fire).
    private static readonly HashSet<string> SafetyContext = new(["phong", "chua", "chong", "pccc", "bi", "thong", "toan"], StringComparer.Ordinal);

    public static EmergencyKind Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EmergencyKind.None;
        }
        var typed = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"))
            .Split((char[])[' ', '\t', '\n', '\r', ',', '.', '!', '?', ';', ':', '"', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        var words = typed.Select(VietnameseText.Fold).ToArray();
        var kind = EmergencyKind.None;
        if (Matches(words, Police, typed))
        {
            kind |= EmergencyKind.Police;
        }
        if (Matches(words, Fire, typed))
        {
            kind |= EmergencyKind.Fire;
        }
        if (Matches(words, Medical, typed))
        {
            kind |= EmergencyKind.Medical;
        }
        return kind;
    }

    private static bool Matches(string[] words, string[][] phrases, string[] typed)
    {
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (!words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
                {
                    continue;
                }
                if (phrases == Fire && (words.Contains("pccc") || (start > 0 && SafetyContext.Contains(words[start - 1])) || !IsFire(typed, words, start)))
                {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "chay" is "cháy" (burning) but also "chạy" (running), "chảy" (flowing) and "chay" (vegetarian): typed with marks,
    /// only "cháy" counts; typed without, it counts unless "máu" follows (bleeding is the medical line's).
    /// </summary>
    private static bool IsFire(string[] typed, string[] words, int start)
    {
        for (var i = start; i < words.Length && i < start + 2; i++)
        {
            if (words[i] == "chay")
            {
                var marked = typed[i] != words[i];
                // Unmarked, "máu chảy" and "chảy máu" are bleeding, and "chạy lên phường", "chạy ra ngoài" running, but for
                // flames ("lửa cháy lên", "bốc cháy ra").
                var next = i + 1 < words.Length ? words[i + 1] : null;
                var previous = i > 0 ? words[i - 1] : null;
                var running = next is not null && RunningOn.Contains(next) && previous is not ("lua" or "boc");
                if ((marked && typed[i] != "cháy") || (!marked && (next == "mau" || previous == "mau" || running)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    // Where one runs to, or how: "chạy lên", "chạy xe", "chạy bộ".
    private static readonly HashSet<string> RunningOn = new(
        ["len", "xuong", "ra", "vao", "qua", "ve", "di", "toi", "sang", "theo", "tron", "xe", "bo", "nhanh", "den"], StringComparer.Ordinal);

    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];
}
