using System.Text.RegularExpressions;

namespace ChatAssistant.Understanding;

/// <summary>
/// The aspects a question asks about, by phrases of normalized text (<c>Shorthand.Normalize</c>): "bao nhiêu tiền" is
/// the fee, "mấy ngày thì có" the time limit, "cần mang gì" the documents. In the order the resident asked them.
/// </summary>
/// <remarks>A word list rather than learned: an aspect is a handful of stock phrases, and a wrong one shows the wrong part.</remarks>
public static partial class ProcedureAspects
{
    private static readonly (ProcedureAspect Aspect, string[] Phrases)[] Phrases =
    [
        (ProcedureAspect.Fee, ["bao nhieu tien", "het bao nhieu", "ton bao nhieu", "mat bao nhieu", "le phi", "phi", "mat tien",
            "tien", "chi phi", "gia bao nhieu", "bao tien", "nhieu tien", "mien phi", "tra tien", "dong tien", "nop tien", "re hon", "giam phi",
            "duoc giam"]),
        (ProcedureAspect.TimeLimit, ["bao lau", "may ngay", "bao nhieu ngay", "khi nao co", "bao gio co", "bao gio lay", "khi nao lay",
            "thoi han", "thoi gian giai quyet", "thoi gian", "lau khong", "lau ko", "may hom", "may tuan", "nhanh khong", "bao gio thi co",
            "khi nao thi co", "bao lau thi co", "tra ket qua", "hen tra", "lay ngay", "co ngay", "trong ngay", "may bua", "nhan ngay", "nhan luon",
            "lay luon", "lay lien", "trong buoi", "co luon"]),
        (ProcedureAspect.Documents, ["can gi", "mang gi", "mang theo", "giay to", "ho so gom", "chuan bi gi", "chuan bi nhung", "can nhung gi",
            "nhung gi", "can mang", "to khai", "mau don", "mau to khai", "ho so can", "can giay", "thanh phan ho so", "phai co gi",
            "can co gi", "nop gi", "dem gi", "dem theo", "can nhung giay"]),
        (ProcedureAspect.Online, ["online", "truc tuyen", "tren mang", "qua mang", "vneid", "dich vu cong", "tai nha", "tren app",
            "qua app", "ung dung", "qua zalo", "tren zalo", "khong can den", "khoi phai den", "khong phai den", "tren dien thoai", "onl", "onlien", "onlai"]),
        (ProcedureAspect.Where, ["o dau", "cho nao", "noi nao", "dia chi", "den dau", "nop dau", "lam dau", "di dau", "cho nop", "noi nop",
            "co quan nao", "o cho nao", "lam o", "tiep nhan", "co nhan", "khong nhan", "nhan ho so", "nop tai", "nop o", "nop ngay tai",
            // "báo ở phường mình được không", "em mang lên phường mình nộp được không": whether it is filed here.
            "o phuong duoc", "o phuong minh duoc", "tai phuong duoc", "tai phuong minh duoc", "phuong minh nop", "phuong minh lam duoc",
            "phuong minh lam ho so", "phuong nop duoc", "phuong lam duoc", "tai xa duoc", "nop ho so ngay tai"]),
        (ProcedureAspect.Eligibility, ["ai duoc", "dieu kien", "bao nhieu tuoi", "may tuoi", "du tuoi", "tre em", "tre con", "cho be",
            "cho con", "nguoi gia", "co duoc lam", "duoc lam khong", "co phai lam", "bat buoc", "co can lam", "doi tuong", "truong hop nao",
            "ai dung ra", "ai khai", "ai lam"]),
        (ProcedureAspect.InPerson, ["di cung", "lam ho", "lam thay", "nho nguoi", "uy quyen", "truc tiep den", "co mat", "phai den",
            "phai len", "tu di", "mang be", "dan be", "dan con", "mang con", "dua be", "dua con", "nguoi khac lam", "di thay", "nop ho cho",
            "nop thay", "lam giup"]),
        (ProcedureAspect.Validity, ["dung duoc bao lau", "xai duoc bao lau", "co gia tri", "gia tri bao lau", "hieu luc", "co han bao lau",
            "han bao lau", "han su dung", "bao lau thi het han", "duoc o bao lau", "o duoc bao lau", "o bao nhieu lau", "duoc bao lau thi phai gia han",
            "bao lau thi phai gia han", "duoc bao lau", "toi da bao lau", "toi da may nam", "bao lau thi phai lam lai", "may nam thi phai lam lai",
            "duoc may nam", "bao nhieu nam"]),
        (ProcedureAspect.Prerequisite, ["lam gi truoc", "lam truoc", "truoctien phai", "dau tien phai", "buoc dau", "can gi truoc", "xong truoc"]),
    ];

    [GeneratedRegex(@" \d{1,2} tuoi ")]
    private static partial Regex AnAge();

    [GeneratedRegex(@" co mat (phi|tien|bao|gi|the|giay|cccd|xe) ")]
    private static partial Regex LosingSomething();

    // Words that, folded, hold an aspect's phrase they do not mean: "làm hộ chiếu" holds "làm hộ" (who must come), "hồ sơ
    // căn cước" "hồ sơ cần" (the documents), "lệ phí trước bạ" "làm trước", "trước tiên" money ("tiền"); "đi làm ở Bình
    // Dương" tells where someone works, not asks where to file. ("có mất phí": "mất" is "mặt", see LosingSomething.)
    private static readonly (string Folded, string Meant)[] FoldedAlike =
    [
        ("ho chieu", "hochieu"), ("ho khau", "hokhau"), ("di lam o", "di lam"), ("can cuoc", "cancuoc"), ("truoc ba", "truocba"),
        ("truoc tien", "truoctien"),
    ];

    private static readonly string[] LateWords = [" tre han ", " qua han ", " nop tre ", " nop cham "];

    // Money that is what happened, not what a procedure costs: "nhặt được thẻ rồi đi vay tiền", "tiền có lấy lại được không".
    private static readonly string[] MoneyOfAStory =
        ["vay tien", "lua tien", "lua dao tien", "chuyen tien", "an tien", "muon tien", "lay lai tien", "tien co lay lai", "tien lay lai",
         "cuop tien", "trom tien", "giat tien", "doi tien"];

    /// <summary>Each aspect the text asks about, once, in the order of its first mention; empty when none is named.</summary>
    public static IReadOnlyList<ProcedureAspect> Find(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var padded = " " + normalized + " ";
        foreach (var phrase in MoneyOfAStory)
        {
            padded = padded.Replace(" " + phrase + " ", " _ ", StringComparison.Ordinal);
        }
        padded = LosingSomething().Replace(padded, " mat $1 ");
        foreach (var (folded, meant) in FoldedAlike)
        {
            padded = padded.Replace(" " + folded + " ", " " + meant + " ", StringComparison.Ordinal);
        }
        // "nộp trễ hạn được bao lâu": how late one may be, the time limit's, not how long a paper lasts.
        foreach (var late in LateWords)
        {
            padded = padded.Replace(late + "duoc bao lau ", " tre bao lau ", StringComparison.Ordinal);
        }
        var found = new List<(ProcedureAspect Aspect, int At)>();
        foreach (var (aspect, phrases) in Phrases)
        {
            var first = phrases
                .Select(phrase => padded.IndexOf(" " + phrase + " ", StringComparison.Ordinal))
                .Where(at => at >= 0)
                .DefaultIfEmpty(-1)
                .Min();
            if (first >= 0)
            {
                found.Add((aspect, first));
            }
        }
        // "con em 10 tuổi có làm được không", "bé mới 7 tuổi thì ai đứng ra khai": an age asks who may, or must.
        if (!found.Any(f => f.Aspect == ProcedureAspect.Eligibility) && AnAge().Match(padded) is { Success: true } age)
        {
            found.Add((ProcedureAspect.Eligibility, age.Index));
        }
        // "dùng được bao lâu" asks how long the paper lasts, not how long it takes to get.
        if (found.Any(f => f.Aspect == ProcedureAspect.Validity))
        {
            found.RemoveAll(f => f.Aspect == ProcedureAspect.TimeLimit);
        }
        // "ông ấy có phải làm gì trước không" asks what comes first, not whether he must do it at all.
        if (found.Any(f => f.Aspect == ProcedureAspect.Prerequisite) && !padded.Contains(" co phai lam khong ", StringComparison.Ordinal))
        {
            found.RemoveAll(f => f.Aspect == ProcedureAspect.Eligibility);
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Aspect)];
    }
}
