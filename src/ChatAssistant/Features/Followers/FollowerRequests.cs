namespace ChatAssistant.Features.Followers;

/// <summary>
/// Reads the short commands of the registry. The whole message must be the command, give or take polite words
/// ("cho tôi tắt thông báo nhé"): "tôi chưa nhận được thông báo lưu trú" is a question about a procedure, not a command.
/// </summary>
internal static class FollowerRequests
{
    private static readonly HashSet<string> Leads = new(
        ["toi", "em", "minh", "muon", "xin", "hay", "vui", "long", "lam", "on", "giup", "gium", "cho", "ad", "admin", "oi", "can", "ban", "anh", "chi", "duoc"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Tails = new(
        ["a", "nhe", "nha", "ne", "oi", "di", "giup", "gium", "dum", "ho", "toi", "em", "minh", "cho", "voi", "luon", "nua", "ah", "ak", "ha", "ban", "nhen", "ad", "admin"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Off = new(
        ["tat thong bao", "tat nhan thong bao", "khong nhan thong bao", "khong muon nhan thong bao", "ngung nhan thong bao", "ngung thong bao",
         "ngung gui thong bao", "dung thong bao", "dung gui thong bao", "dung nhan thong bao", "khong gui thong bao", "huy nhan thong bao",
         "huy thong bao", "bo nhan thong bao", "tat thong bao cua cong an"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> On = new(
        ["bat thong bao", "bat lai thong bao", "mo thong bao", "mo lai thong bao", "nhan lai thong bao", "bat nhan thong bao",
         "tiep tuc nhan thong bao", "nhan thong bao", "dang ky nhan thong bao", "bat thong bao cua cong an"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Ask = new(
        ["to dan pho", "doi to dan pho", "thay doi to dan pho", "cap nhat to dan pho", "chon to dan pho", "dang ky to dan pho", "to dan pho nao",
         "doi to", "thon", "doi thon", "cap nhat thon", "khu pho", "doi khu pho", "to dan pho thon", "doi noi o", "cap nhat noi o",
         "nhan thong bao cua cong an", "nhan thong bao theo to dan pho", "thong bao theo to dan pho"],
        StringComparer.Ordinal);

    public static FollowerRequest Recognize(string text)
    {
        var words = TagName.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Leads.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && Tails.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        var core = string.Join(' ', words);
        return Off.Contains(core) ? FollowerRequest.NoticesOff
            : On.Contains(core) ? FollowerRequest.NoticesOn
            : Ask.Contains(core) ? FollowerRequest.AskPlace
            : FollowerRequest.None;
    }
}
